package org.wenming.content;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.wenming.common.error.ApiException;
import org.wenming.common.error.ErrorCode;

/**
 * The editorial workflow's rules that need no database: which statuses each editor action starts from,
 * who already approved in this round, and when a publication starts. Kept apart from {@link ContentWorkflow}
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

    private WorkflowRules() {}

    /**
     * Whether the reviewer approved a level since the item was last submitted: each level of one round
     * needs a different reviewer, and a new submission starts a new round.
     */
    static boolean approvedThisRound(List<ContentTransition> transitions, long reviewerId) {
        boolean approved = false;
        for (ContentTransition transition : transitions) {
            if (Action.SUBMIT.name().equals(transition.getAction())) {
                approved = false;
            } else if (Action.APPROVE.name().equals(transition.getAction())
                    && Objects.equals(transition.getActorId(), reviewerId)) {
                approved = true;
            }
        }
        return approved;
    }

    /** A publication asked for a past moment (or none) starts now; a future one is a schedule. */
    static LocalDateTime publicationStart(LocalDateTime requested, LocalDateTime now) {
        return requested == null || requested.isBefore(now) ? now : requested;
    }
}
