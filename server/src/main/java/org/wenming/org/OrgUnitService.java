package org.wenming.org;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cache.annotation.CacheEvict;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wenming.audit.AuditService;
import org.wenming.common.error.ApiException;
import org.wenming.common.error.ErrorCode;
import org.wenming.common.security.Actor;

@Service
public class OrgUnitService {

    private final OrgUnitMapper mapper;
    private final OrgUnitCache cache;
    /** Resolved lazily: the features that use units depend on this service themselves. */
    private final ObjectProvider<OrgUnitUsage> usages;

    private final AuditService audit;
    private final Clock clock;

    public OrgUnitService(
            OrgUnitMapper mapper,
            OrgUnitCache cache,
            ObjectProvider<OrgUnitUsage> usages,
            AuditService audit,
            Clock clock) {
        this.mapper = mapper;
        this.cache = cache;
        this.usages = usages;
        this.audit = audit;
        this.clock = clock;
    }

    public OrgUnit get(long id) {
        OrgUnit unit = mapper.selectById(id);
        if (unit == null) {
            throw new ApiException(ErrorCode.ORG_UNIT_NOT_FOUND);
        }
        return unit;
    }

    public Optional<OrgUnit> findByCode(String code) {
        return Optional.ofNullable(mapper.selectOne(new LambdaQueryWrapper<OrgUnit>().eq(OrgUnit::getCode, code)));
    }

    public List<OrgUnit> all() {
        return cache.all();
    }

    public Map<Long, OrgUnit> byId() {
        Map<Long, OrgUnit> units = new LinkedHashMap<>();
        all().forEach(unit -> units.put(unit.getId(), unit));
        return units;
    }

    /** The whole tree, roots first, children ordered by their sort order. */
    public List<OrgUnitNode> tree() {
        List<OrgUnit> units = all();
        Map<Long, OrgUnitNode> nodes = new LinkedHashMap<>();
        units.forEach(unit -> nodes.put(unit.getId(), OrgUnitNode.of(unit)));
        List<OrgUnitNode> roots = new ArrayList<>();
        for (OrgUnit unit : units) {
            OrgUnitNode node = nodes.get(unit.getId());
            OrgUnitNode parent = unit.getParentId() == null ? null : nodes.get(unit.getParentId());
            if (parent == null) {
                roots.add(node);
            } else {
                parent.children().add(node);
            }
        }
        return roots;
    }

    @Transactional
    @CacheEvict(cacheNames = OrgUnitCache.CACHE, allEntries = true)
    public OrgUnit create(Actor actor, OrgUnitRequest request) {
        if (request.parentId() == null) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "新建单位必须指定上级单位");
        }
        OrgUnit parent = get(request.parentId());
        requireScope(actor, parent);
        if (findByCode(request.code()).isPresent()) {
            throw new ApiException(ErrorCode.DUPLICATE, "单位编码已存在：" + request.code());
        }
        OrgUnit unit = new OrgUnit();
        unit.setCode(request.code());
        unit.setParentId(parent.getId());
        unit.setPath(parent.getPath() + request.code() + "/");
        unit.setSampleData(false);
        unit.setCreatedAt(LocalDateTime.now(clock));
        apply(unit, request);
        mapper.insert(unit);
        audit.recordInUnit(actor, "ORG_UNIT_CREATE", "ORG_UNIT", unit.getId(), unit.getId(), unit.getName());
        return unit;
    }

    /** Code and parent stay as they are: paths of the subtree and of every user's scope derive from them. */
    @Transactional
    @CacheEvict(cacheNames = OrgUnitCache.CACHE, allEntries = true)
    public OrgUnit update(Actor actor, long id, OrgUnitRequest request) {
        OrgUnit unit = get(id);
        requireScope(actor, unit);
        if (!unit.getCode().equals(request.code())) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "单位编码创建后不能修改");
        }
        apply(unit, request);
        mapper.updateById(unit);
        audit.recordInUnit(actor, "ORG_UNIT_UPDATE", "ORG_UNIT", id, id, unit.getName());
        return unit;
    }

    @Transactional
    @CacheEvict(cacheNames = OrgUnitCache.CACHE, allEntries = true)
    public void delete(Actor actor, long id) {
        OrgUnit unit = get(id);
        requireScope(actor, unit);
        if (unit.getPath().equals(actor.orgUnitPath())) {
            throw new ApiException(ErrorCode.FORBIDDEN, "不能删除自己所在的单位");
        }
        boolean hasChildren = mapper.exists(new LambdaQueryWrapper<OrgUnit>().eq(OrgUnit::getParentId, id));
        if (hasChildren || usages.stream().anyMatch(usage -> usage.isUsed(id))) {
            throw new ApiException(ErrorCode.ORG_UNIT_IN_USE);
        }
        mapper.deleteById(id);
        // The unit is gone; its parent's subtree is where the entry belongs now.
        audit.recordInUnit(actor, "ORG_UNIT_DELETE", "ORG_UNIT", id, unit.getParentId(), unit.getName());
    }

    /** Inserts or updates a unit of the content pack by its code; returns the stored unit. */
    @Transactional
    @CacheEvict(cacheNames = OrgUnitCache.CACHE, allEntries = true)
    public OrgUnit importUnit(OrgUnit parent, OrgUnitRequest request, boolean sample) {
        OrgUnit unit = findByCode(request.code()).orElseGet(OrgUnit::new);
        boolean isNew = unit.getId() == null;
        unit.setCode(request.code());
        unit.setParentId(parent == null ? null : parent.getId());
        unit.setPath((parent == null ? "/" : parent.getPath()) + request.code() + "/");
        unit.setSampleData(sample);
        apply(unit, request);
        if (isNew) {
            unit.setCreatedAt(LocalDateTime.now(clock));
            mapper.insert(unit);
        } else {
            mapper.updateById(unit);
        }
        return unit;
    }

    public void requireScope(Actor actor, OrgUnit unit) {
        if (!actor.covers(unit.getPath())) {
            throw new ApiException(ErrorCode.OUT_OF_SCOPE);
        }
    }

    private void apply(OrgUnit unit, OrgUnitRequest request) {
        unit.setName(request.name());
        unit.setNameMn(request.nameMn());
        unit.setType(request.type());
        unit.setSortOrder(request.sortOrder() == null ? 0 : request.sortOrder());
        unit.setUpdatedAt(LocalDateTime.now(clock));
    }
}
