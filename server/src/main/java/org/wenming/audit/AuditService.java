package org.wenming.audit;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.util.StringUtils;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.wenming.common.http.CsvFile;
import org.wenming.common.paging.PageResult;
import org.wenming.common.security.Actor;

/** Who did what: written in the same transaction as the change it describes. */
@Service
public class AuditService {

    private static final int MAX_DETAIL = 1000;

    private static final int EXPORT_BATCH = 500;

    private final AuditMapper mapper;
    private final AuditViews views;
    private final Clock clock;

    public AuditService(AuditMapper mapper, AuditViews views, Clock clock) {
        this.mapper = mapper;
        this.views = views;
        this.clock = clock;
    }

    /** An entry about an object of no org unit (a setting, a festival, the search index, a resident). */
    public void record(Actor actor, String action, String targetType, Object targetId, String detail) {
        write(Author.of(actor), action, targetType, targetId, null, detail);
    }

    /** An entry about an object of this org unit, which its unit's administrators and those above read. */
    public void recordInUnit(
            Actor actor, String action, String targetType, Object targetId, Long targetUnitId, String detail) {
        String targetUnitPath = targetUnitId == null ? null : mapper.unitPath(targetUnitId);
        write(Author.of(actor), action, targetType, targetId, targetUnitPath, detail);
    }

    /** An entry of an administrator who is not signed in (yet): a failed login, a locked account. */
    public void record(
            Long actorId, String actorName, String action, String targetType, Object targetId, String detail) {
        Author author = new Author(actorId, actorName, actorId == null ? null : mapper.userUnitPath(actorId));
        write(author, action, targetType, targetId, null, detail);
    }

    private void write(
            Author author, String action, String targetType, Object targetId, String targetUnitPath, String detail) {
        AuditEntry entry = new AuditEntry();
        entry.setActorId(author.id());
        entry.setActorName(author.name());
        entry.setActorUnitPath(author.unitPath());
        entry.setAction(action);
        entry.setTargetType(targetType);
        entry.setTargetId(targetId == null ? null : String.valueOf(targetId));
        entry.setTargetUnitPath(targetUnitPath);
        entry.setDetail(detail != null && detail.length() > MAX_DETAIL ? detail.substring(0, MAX_DETAIL) : detail);
        entry.setIp(clientIp());
        entry.setCreatedAt(LocalDateTime.now(clock));
        mapper.insert(entry);
    }

    /** Who an entry is by, with the path of their unit at the time. */
    private record Author(Long id, String name, String unitPath) {

        static Author of(Actor actor) {
            return actor == null
                    ? new Author(null, "系统", null)
                    : new Author(actor.id(), actor.username(), actor.orgUnitPath());
        }
    }

    /**
     * The entries the reader may see: the banner office all of them, anyone else those whose actor or whose
     * object belongs to their subtree (entries about objects of no unit only through their actor).
     */
    public PageResult<AuditView> search(Actor reader, AuditQuery query, int page, int size) {
        return PageResult.of(mapper.selectPage(Page.of(page, size), readable(reader, query)), views::of);
    }

    /** Every entry the search finds, newest first, read a batch at a time while the export is written. */
    CsvFile.Rows<AuditView> export(Actor reader, AuditQuery query) {
        LambdaQueryWrapper<AuditEntry> where = readable(reader, query);
        return sink -> {
            List<AuditEntry> batch;
            long page = 1;
            do {
                batch = mapper.selectPage(Page.of(page++, EXPORT_BATCH, false), where)
                        .getRecords();
                views.of(batch).forEach(sink);
            } while (batch.size() == EXPORT_BATCH);
        };
    }

    private static LambdaQueryWrapper<AuditEntry> readable(Actor reader, AuditQuery query) {
        // A prefix match is the subtree (as Actor.covers); unit codes hold no LIKE wildcards.
        boolean subtreeOnly = !reader.atBannerLevel();
        return new LambdaQueryWrapper<AuditEntry>()
                .eq(query.actorId() != null, AuditEntry::getActorId, query.actorId())
                .eq(StringUtils.hasText(query.action()), AuditEntry::getAction, query.action())
                .eq(StringUtils.hasText(query.targetType()), AuditEntry::getTargetType, query.targetType())
                .eq(StringUtils.hasText(query.targetId()), AuditEntry::getTargetId, query.targetId())
                .ge(query.from() != null, AuditEntry::getCreatedAt, query.from())
                .lt(query.to() != null, AuditEntry::getCreatedAt, query.to())
                .and(
                        subtreeOnly,
                        inSubtree -> inSubtree
                                .likeRight(AuditEntry::getActorUnitPath, reader.orgUnitPath())
                                .or()
                                .likeRight(AuditEntry::getTargetUnitPath, reader.orgUnitPath()))
                .orderByDesc(AuditEntry::getId);
    }

    private static String clientIp() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
