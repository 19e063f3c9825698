package org.wenming.content;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;
import org.wenming.audit.AuditService;
import org.wenming.common.error.ApiException;
import org.wenming.common.error.ErrorCode;
import org.wenming.common.security.Actor;
import org.wenming.common.security.Role;

/**
 * The editorial workflow. Every transition checks the item's status, the actor's role and scope, writes
 * through the optimistic version (so two reviewers acting at once cannot both win) and is recorded.
 */
@Service
public class ContentWorkflow {

    private static final Logger log = LoggerFactory.getLogger(ContentWorkflow.class);

    private final ContentService contents;
    private final ContentMapper mapper;
    private final ContentHistory history;
    private final PendingRevisionReview revisionReview;
    private final ReviewSettings reviewSettings;
    private final AuditService audit;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;

    public ContentWorkflow(
            ContentService contents,
            ContentMapper mapper,
            ContentHistory history,
            PendingRevisionReview revisionReview,
            ReviewSettings reviewSettings,
            AuditService audit,
            Clock clock,
            PlatformTransactionManager transactionManager,
            ApplicationEventPublisher events) {
        this.contents = contents;
        this.mapper = mapper;
        this.history = history;
        this.revisionReview = revisionReview;
        this.reviewSettings = reviewSettings;
        this.audit = audit;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
        this.events = events;
    }

    @Transactional
    public ContentView submit(Actor actor, long id) {
        Content content = contents.requireInScope(actor, id);
        WorkflowRules.Action.SUBMIT.requireStartsFrom(content.getStatus());
        ContentCompleteness.check(contents.fieldsOf(content).ofKind());
        content.setReviewLevels(reviewSettings.reviewLevels());
        content.setReviewStage(0);
        content.setRejectReason(null);
        return move(actor, content, "SUBMIT", ContentStatus.SUBMITTED, null);
    }

    /**
     * The author (or an administrator) takes a submission back to draft before review ends; on a published
     * item, the editor of its pending revision takes that back.
     */
    @Transactional
    public ContentView withdraw(Actor actor, long id) {
        Content content = contents.requireInScope(actor, id);
        Optional<ContentRevision> pending = history.pendingRevision(id);
        if (pending.isPresent()) {
            return revisionReview.withdraw(actor, content, pending.get());
        }
        WorkflowRules.Action.WITHDRAW.requireStartsFrom(content.getStatus());
        if (!Objects.equals(content.getCreatedBy(), actor.id()) && !actor.has(Role.ADMIN)) {
            throw new ApiException(ErrorCode.FORBIDDEN, "只有作者或管理员可以撤回");
        }
        content.setReviewStage(0);
        return move(actor, content, "WITHDRAW", ContentStatus.DRAFT, null);
    }

    /**
     * Approves the current review level. The last level makes the item APPROVED. Authors and the last editor
     * never approve their own item, and each level needs a different reviewer. On a published item this
     * reviews its pending revision ({@link PendingRevisionReview}). {@code readVersion}, when given, is the
     * version the reviewer read: a review of an item that changed since is refused.
     */
    @Transactional
    public ContentView approve(Actor actor, long id, String comment, Integer readVersion) {
        Content content = reviewed(actor, id, readVersion);
        Optional<ContentRevision> pending = history.pendingRevision(id);
        if (pending.isPresent()) {
            return revisionReview.approve(actor, content, pending.get(), comment);
        }
        WorkflowRules.Action.APPROVE.requireStartsFrom(content.getStatus());
        if (Objects.equals(content.getCreatedBy(), actor.id()) || Objects.equals(content.getUpdatedBy(), actor.id())) {
            throw new ApiException(ErrorCode.SELF_APPROVAL);
        }
        if (WorkflowRules.approvedThisRound(history.transitions(content.getId()), actor.id())) {
            throw new ApiException(ErrorCode.REVIEWER_ALREADY_APPROVED);
        }
        content.setReviewStage(content.getReviewStage() + 1);
        boolean last = content.getReviewStage() >= content.getReviewLevels();
        return move(actor, content, "APPROVE", last ? ContentStatus.APPROVED : ContentStatus.SUBMITTED, comment);
    }

    @Transactional
    public ContentView reject(Actor actor, long id, String reason, Integer readVersion) {
        Content content = reviewed(actor, id, readVersion);
        Optional<ContentRevision> pending = history.pendingRevision(id);
        if (pending.isPresent()) {
            return revisionReview.reject(actor, content, pending.get(), reason);
        }
        WorkflowRules.Action.REJECT.requireStartsFrom(content.getStatus());
        if (!StringUtils.hasText(reason)) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "退回时必须填写原因");
        }
        if (Objects.equals(content.getCreatedBy(), actor.id())) {
            throw new ApiException(ErrorCode.SELF_APPROVAL);
        }
        content.setRejectReason(reason);
        return move(actor, content, "REJECT", ContentStatus.REJECTED, reason);
    }

    /**
     * Publishes an approved (or offline, unchanged) item now, or schedules it when {@code publishAt} is in
     * the future. {@code offlineAt} ends its window.
     */
    @Transactional
    public ContentView publish(Actor actor, long id, LocalDateTime publishAt, LocalDateTime offlineAt) {
        Content content = contents.requireInScope(actor, id);
        requireAnyRole(actor, Role.REVIEWER, Role.ADMIN);
        WorkflowRules.Action.PUBLISH.requireStartsFrom(content.getStatus());
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime start = WorkflowRules.publicationStart(publishAt, now);
        if (offlineAt != null && !offlineAt.isAfter(start)) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "下线时间必须晚于发布时间");
        }
        content.setPublishAt(start);
        content.setOfflineAt(offlineAt);
        if (start.isAfter(now)) {
            return move(actor, content, "SCHEDULE", ContentStatus.SCHEDULED, "定时发布于 " + start);
        }
        content.setPublishedAt(now);
        return move(actor, content, "PUBLISH", ContentStatus.PUBLISHED, null);
    }

    @Transactional
    public ContentView offline(Actor actor, long id, String reason) {
        Content content = contents.requireInScope(actor, id);
        requireAnyRole(actor, Role.REVIEWER, Role.ADMIN);
        WorkflowRules.Action.OFFLINE.requireStartsFrom(content.getStatus());
        return move(actor, content, "OFFLINE", ContentStatus.OFFLINE, reason);
    }

    /**
     * Publishes scheduled items whose time has come and takes published items offline at the end of their
     * window. Each move is a conditional update, so instances running this at once move each item once.
     */
    public int runDueTransitions() {
        LocalDateTime now = LocalDateTime.now(clock);
        int moved = 0;
        for (Content due : mapper.selectList(new LambdaQueryWrapper<Content>()
                .eq(Content::getStatus, ContentStatus.SCHEDULED)
                .le(Content::getPublishAt, now))) {
            moved += moveDue(due, ContentStatus.SCHEDULED, ContentStatus.PUBLISHED, "PUBLISH", now, now);
        }
        for (Content expired : mapper.selectList(new LambdaQueryWrapper<Content>()
                .eq(Content::getStatus, ContentStatus.PUBLISHED)
                .le(Content::getOfflineAt, now))) {
            moved += moveDue(expired, ContentStatus.PUBLISHED, ContentStatus.OFFLINE, "EXPIRE", null, now);
        }
        return moved;
    }

    public List<TransitionView> history(Actor actor, long id) {
        return contents.transitions(actor, id);
    }

    private int moveDue(
            Content content,
            ContentStatus from,
            ContentStatus to,
            String action,
            LocalDateTime publishedAt,
            LocalDateTime now) {
        Integer moved = transactions.execute(tx -> {
            if (mapper.moveStatus(content.getId(), from, to, publishedAt, now) == 0) {
                return 0;
            }
            history.transition(content, action, from.name(), to, null, null);
            events.publishEvent(new PublicContentChanged(content.getId()));
            if (to == ContentStatus.PUBLISHED) {
                events.publishEvent(new ContentPublished(content.getId()));
            }
            audit.recordInUnit(
                    null, "CONTENT_" + action, "CONTENT", content.getId(), content.getOrgUnitId(), from + " -> " + to);
            return 1;
        });
        if (moved != null && moved == 1) {
            log.info("Content {} moved {} -> {} by the scheduler", content.getId(), from, to);
            return 1;
        }
        return 0;
    }

    private ContentView move(Actor actor, Content content, String action, ContentStatus to, String reason) {
        ContentStatus from = content.getStatus();
        content.setStatus(to);
        content.setUpdatedAt(LocalDateTime.now(clock));
        if (mapper.updateById(content) == 0) {
            throw new ApiException(ErrorCode.VERSION_CONFLICT);
        }
        history.transition(content, action, from.name(), to, reason, actor);
        if (from == ContentStatus.PUBLISHED || to == ContentStatus.PUBLISHED) {
            events.publishEvent(new PublicContentChanged(content.getId()));
        }
        if (to == ContentStatus.PUBLISHED) {
            events.publishEvent(new ContentPublished(content.getId()));
        }
        audit.recordInUnit(
                actor, "CONTENT_" + action, "CONTENT", content.getId(), content.getOrgUnitId(), from + " -> " + to);
        return contents.view(content);
    }

    private Content reviewed(Actor actor, long id, Integer readVersion) {
        Content content = contents.requireInScope(actor, id);
        requireRole(actor, Role.REVIEWER);
        if (readVersion != null && !readVersion.equals(content.getVersion())) {
            throw new ApiException(ErrorCode.VERSION_CONFLICT);
        }
        return content;
    }

    private static void requireRole(Actor actor, Role role) {
        if (!actor.has(role)) {
            throw new ApiException(ErrorCode.FORBIDDEN, "该操作需要「" + role.label() + "」角色");
        }
    }

    private static void requireAnyRole(Actor actor, Role... roles) {
        for (Role role : roles) {
            if (actor.has(role)) {
                return;
            }
        }
        throw new ApiException(ErrorCode.FORBIDDEN, "该操作需要审核员或管理员角色");
    }
}
