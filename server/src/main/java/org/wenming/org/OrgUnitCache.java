package org.wenming.org;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import java.util.List;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;

/**
 * The whole organisation tree, cached: it has about a hundred rows, changes rarely, and every list a
 * resident or editor opens needs unit names and paths. {@link OrgUnitService} evicts it on every change.
 */
@Component
class OrgUnitCache {

    static final String CACHE = "org-units";

    private final OrgUnitMapper mapper;

    OrgUnitCache(OrgUnitMapper mapper) {
        this.mapper = mapper;
    }

    @Cacheable(CACHE)
    public List<OrgUnit> all() {
        return mapper.selectList(new LambdaQueryWrapper<OrgUnit>()
                .orderByAsc(OrgUnit::getSortOrder)
                .orderByAsc(OrgUnit::getId));
    }
}
