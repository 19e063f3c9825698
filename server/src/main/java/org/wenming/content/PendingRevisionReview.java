package org.wenming.content;

import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.util.StringUtils;
import org.wenming.audit.AuditService;
import org.wenming.common.error.ApiException;
import org.wenming.common.error.ErrorCode;
import org.wenming.common.security.Actor;
import org.wenming.common.security.Role;

/**
 * Review of an edit of a published item, kept as a pending revision while residents see the live version.
 * It passes the same review levels as a submission, each by a different reviewer, and none by anyone who
 * wrote the edit. The last approval makes it the item's text; a published item then shows it at once (search
 * and caches follow), without a new announcement to subscribers: a corrected item is not news. A rejection
 * or a withdrawal leaves the live version as it is. The item keeps its status throughout, so taking it
 * offline stays immediate and leaves the revision pending.
 */
@Service
class PendingRevisionReview {

    private final ContentService contents;
    private final ContentHistory history;
    private final AuditService audit;

    PendingRevisionReview(ContentService contents, ContentHistory history, AuditService audit) {
        this.contents = contents;
        this.history = history;
        this.audit = audit;
    }

    ContentView approve(Actor actor, Content content, ContentRevision revision, String comment) {
        requireNotAnAuthor(actor, content);
        if (WorkflowRules.approvedThisRound(history.transitions(content.getId()), actor.id())) {
            throw new ApiException(ErrorCode.REVIEWER_ALREADY_APPROVED);
        }
        int stage = revision.getReviewStage() + 1;
        boolean last = stage >= revision.getReviewLevels();
        move(revision, stage, last ? RevisionReview.APPROVED : RevisionReview.PENDING);
        if (last) {
            contents.applyRevision(content, revision);
        }
        String step = last ? WorkflowRules.REVISION_APPLY : WorkflowRules.REVISION_APPROVE;
        return recorded(actor, content, revision, step, comment);
    }

    ContentView reject(Actor actor, Content content, ContentRevision revision, String reason) {
        if (!StringUtils.hasText(reason)) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "退回时必须填写原因");
        }
        requireNotAnAuthor(actor, content);
        move(revision, revision.getReviewStage(), RevisionReview.REJECTED);
        return recorded(actor, content, revision, WorkflowRules.REVISION_REJECT, reason);
    }

    /** The editor of the pending revision (or an administrator) takes it back; the live version stays. */
    ContentView withdraw(Actor actor, Content content, ContentRevision revision) {
        if (!Objects.equals(revision.getEditorId(), actor.id()) && !actor.has(Role.ADMIN)) {
            throw new ApiException(ErrorCode.FORBIDDEN, "只有修改人或管理员可以撤回修改");
        }
        move(revision, revision.getReviewStage(), RevisionReview.WITHDRAWN);
        return recorded(actor, content, revision, WorkflowRules.REVISION_WITHDRAW, null);
    }

    private void requireNotAnAuthor(Actor actor, Content content) {
        if (WorkflowRules.authorsOfPendingChange(history.revisions(content.getId()))
                .contains(actor.id())) {
            throw new ApiException(ErrorCode.SELF_APPROVAL, "不能审核自己修改的版本");
        }
    }

    private void move(ContentRevision revision, int stage, RevisionReview status) {
        if (!history.moveRevision(revision, stage, status)) {
            throw new ApiException(ErrorCode.VERSION_CONFLICT);
        }
    }

    private ContentView recorded(Actor actor, Content content, ContentRevision revision, String step, String reason) {
        history.revisionStep(content, revision, step, reason, actor);
        audit.recordInUnit(
                actor,
                "CONTENT_" + step,
                "CONTENT",
                content.getId(),
                content.getOrgUnitId(),
                "版本 " + revision.getVersion() + "：" + revision.getReviewStatus().label());
        return contents.view(content);
    }
}
