package org.wenming.audit;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDateTime;
import org.springframework.stereotype.Service;
import org.springframework.util.StringUtils;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.wenming.common.paging.PageResult;
import org.wenming.common.security.Actor;

/** Who did what: written in the same transaction as the change it describes. */
@Service
public class AuditService {

    private static final int MAX_DETAIL = 1000;

    private final AuditMapper mapper;
    private final Clock clock;

    public AuditService(AuditMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    public void record(Actor actor, String action, String targetType, Object targetId, String detail) {
        record(
                actor == null ? null : actor.id(),
                actor == null ? "系统" : actor.username(),
                action,
                targetType,
                targetId,
                detail);
    }

    public void record(
            Long actorId, String actorName, String action, String targetType, Object targetId, String detail) {
        AuditEntry entry = new AuditEntry();
        entry.setActorId(actorId);
        entry.setActorName(actorName);
        entry.setAction(action);
        entry.setTargetType(targetType);
        entry.setTargetId(targetId == null ? null : String.valueOf(targetId));
        entry.setDetail(detail != null && detail.length() > MAX_DETAIL ? detail.substring(0, MAX_DETAIL) : detail);
        entry.setIp(clientIp());
        entry.setCreatedAt(LocalDateTime.now(clock));
        mapper.insert(entry);
    }

    public PageResult<AuditEntry> search(AuditQuery query, int page, int size) {
        LambdaQueryWrapper<AuditEntry> where = new LambdaQueryWrapper<AuditEntry>()
                .eq(query.actorId() != null, AuditEntry::getActorId, query.actorId())
                .eq(StringUtils.hasText(query.action()), AuditEntry::getAction, query.action())
                .eq(StringUtils.hasText(query.targetType()), AuditEntry::getTargetType, query.targetType())
                .eq(StringUtils.hasText(query.targetId()), AuditEntry::getTargetId, query.targetId())
                .ge(query.from() != null, AuditEntry::getCreatedAt, query.from())
                .lt(query.to() != null, AuditEntry::getCreatedAt, query.to())
                .orderByDesc(AuditEntry::getId);
        return PageResult.of(mapper.selectPage(Page.of(page, size), where), records -> records);
    }

    private static String clientIp() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
