package org.wenming.content;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.wenming.common.error.ApiException;
import org.wenming.common.error.ErrorCode;

/**
 * The editorial workflow's rules that need no database: which statuses each editor action starts from,
 * what saving an edit does in each status, who already approved in this round, who wrote a pending change,
 * and when a publication starts. Kept apart from {@link ContentWorkflow}
 * so the rules read as one table and are tested without a Spring context.
 */
final class WorkflowRules {

    /** An action an editor or reviewer takes, with the statuses it may start from. */
    enum Action {
        SUBMIT(ContentStatus.DRAFT, ContentStatus.REJECTED),
        WITHDRAW(ContentStatus.SUBMITTED),
        APPROVE(ContentStatus.SUBMITTED),
        REJECT(ContentStatus.SUBMITTED),
        PUBLISH(ContentStatus.APPROVED, ContentStatus.OFFLINE, ContentStatus.SCHEDULED),
        OFFLINE(ContentStatus.PUBLISHED, ContentStatus.SCHEDULED);

        private final Set<ContentStatus> from;

        Action(ContentStatus first, ContentStatus... rest) {
            this.from = EnumSet.of(first, rest);
        }

        boolean startsFrom(ContentStatus status) {
            return from.contains(status);
        }

        /** Refuses the action on an item whose status it does not start from. */
        void requireStartsFrom(ContentStatus status) {
            if (!startsFrom(status)) {
                throw new ApiException(ErrorCode.INVALID_TRANSITION, "当前状态为「" + status.label() + "」，不允许该操作");
            }
        }
    }

    /** The timeline step of every save, naming the version saved. */
    static final String EDIT = "EDIT";

    /** A level of the review of a published item's pending revision passed; more levels follow. */
    static final String REVISION_APPROVE = "REVISION_APPROVE";

    /** The last level passed: the revision replaced the item's text (the live version, if it is published). */
    static final String REVISION_APPLY = "REVISION_APPLY";

    static final String REVISION_REJECT = "REVISION_REJECT";
    static final String REVISION_WITHDRAW = "REVISION_WITHDRAW";

    /** What saving an edit does to an item, by the status it had. */
    enum EditEffect {
        /** A draft or a rejected item simply takes the edit. */
        IN_PLACE,
        /** An offline item takes the edit and goes back to draft, to be submitted again. */
        BACK_TO_DRAFT,
        /** An approved or scheduled item takes the edit and is reviewed again from the first level. */
        BACK_TO_REVIEW,
        /** A published item keeps its live text; the edit waits for review as a pending revision. */
        PENDING_REVISION
    }

    private WorkflowRules() {}

    /** Items under review are not edited; the caller refuses SUBMITTED before asking. */
    static EditEffect effectOfEdit(ContentStatus status) {
        return switch (status) {
            case DRAFT, REJECTED -> EditEffect.IN_PLACE;
            case OFFLINE -> EditEffect.BACK_TO_DRAFT;
            case APPROVED, SCHEDULED -> EditEffect.BACK_TO_REVIEW;
            case PUBLISHED -> EditEffect.PENDING_REVISION;
            case SUBMITTED -> throw new IllegalArgumentException("Submitted items are not edited");
        };
    }

    /**
     * Whether the reviewer approved a level since the item (or its pending revision) was last submitted or
     * edited: each level of one round needs a different reviewer, and a submission or an edit, which is what
     * the reviewers read, starts a new round.
     */
    static boolean approvedThisRound(List<ContentTransition> transitions, long reviewerId) {
        boolean approved = false;
        for (ContentTransition transition : transitions) {
            String action = transition.getAction();
            if (Action.SUBMIT.name().equals(action) || EDIT.equals(action)) {
                approved = false;
            } else if ((Action.APPROVE.name().equals(action) || REVISION_APPROVE.equals(action))
                    && Objects.equals(transition.getActorId(), reviewerId)) {
                approved = true;
            }
        }
        return approved;
    }

    /**
     * Who wrote the pending change of a published item: the editor of the pending revision and of the
     * revisions it replaced while waiting, since its text holds their edits too. Nobody reviews their own.
     *
     * @param newestFirst the item's revisions, newest first (a pending revision is always the newest)
     */
    static Set<Long> authorsOfPendingChange(List<ContentRevision> newestFirst) {
        Set<Long> authors = new HashSet<>();
        for (ContentRevision revision : newestFirst) {
            RevisionReview review = revision.getReviewStatus();
            if (review != RevisionReview.PENDING && review != RevisionReview.SUPERSEDED) {
                break;
            }
            authors.add(revision.getEditorId());
        }
        return authors;
    }

    /** A publication asked for a past moment (or none) starts now; a future one is a schedule. */
    static LocalDateTime publicationStart(LocalDateTime requested, LocalDateTime now) {
        return requested == null || requested.isBefore(now) ? now : requested;
    }
}
