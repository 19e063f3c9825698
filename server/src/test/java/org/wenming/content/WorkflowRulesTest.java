package org.wenming.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.wenming.common.error.ApiException;
import org.wenming.common.error.ErrorCode;
import org.wenming.content.WorkflowRules.Action;

/** The workflow's rules on their own, without a database: fast, and readable as the table they are. */
class WorkflowRulesTest {

    private static final long REVIEWER = 7;
    private static final long OTHER_REVIEWER = 8;
    private static final LocalDateTime NOW = LocalDateTime.of(2027, 6, 9, 8, 0);

    @Test
    void eachActionStartsOnlyFromItsStatuses() {
        assertThat(startingStatuses(Action.SUBMIT))
                .containsExactlyInAnyOrder(ContentStatus.DRAFT, ContentStatus.REJECTED);
        assertThat(startingStatuses(Action.WITHDRAW)).containsExactly(ContentStatus.SUBMITTED);
        assertThat(startingStatuses(Action.APPROVE)).containsExactly(ContentStatus.SUBMITTED);
        assertThat(startingStatuses(Action.REJECT)).containsExactly(ContentStatus.SUBMITTED);
        assertThat(startingStatuses(Action.PUBLISH))
                .containsExactlyInAnyOrder(ContentStatus.APPROVED, ContentStatus.OFFLINE, ContentStatus.SCHEDULED);
        assertThat(startingStatuses(Action.OFFLINE))
                .containsExactlyInAnyOrder(ContentStatus.PUBLISHED, ContentStatus.SCHEDULED);
    }

    @Test
    void anActionFromAnotherStatusIsRefusedNamingTheStatusInChinese() {
        assertThatThrownBy(() -> Action.APPROVE.requireStartsFrom(ContentStatus.DRAFT))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_TRANSITION))
                .hasMessageContaining("草稿");
    }

    @Test
    void aReviewerWhoApprovedALevelOfThisRoundHasApproved() {
        List<ContentTransition> round = List.of(transition("SUBMIT", 1), transition("APPROVE", REVIEWER));

        assertThat(WorkflowRules.approvedThisRound(round, REVIEWER)).isTrue();
        assertThat(WorkflowRules.approvedThisRound(round, OTHER_REVIEWER)).isFalse();
    }

    @Test
    void aNewSubmissionStartsANewRound() {
        List<ContentTransition> resubmitted = List.of(
                transition("SUBMIT", 1),
                transition("APPROVE", REVIEWER),
                transition("REJECT", OTHER_REVIEWER),
                transition("SUBMIT", 1));

        assertThat(WorkflowRules.approvedThisRound(resubmitted, REVIEWER)).isFalse();
    }

    @Test
    void aPublicationAskedForThePastOrForNoTimeStartsNowAndAFutureOneStartsThen() {
        assertThat(WorkflowRules.publicationStart(null, NOW)).isEqualTo(NOW);
        assertThat(WorkflowRules.publicationStart(NOW.minusDays(1), NOW)).isEqualTo(NOW);
        assertThat(WorkflowRules.publicationStart(NOW.plusHours(2), NOW)).isEqualTo(NOW.plusHours(2));
    }

    private static Set<ContentStatus> startingStatuses(Action action) {
        return Arrays.stream(ContentStatus.values())
                .filter(action::startsFrom)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ContentStatus.class)));
    }

    private static ContentTransition transition(String action, long actorId) {
        ContentTransition transition = new ContentTransition();
        transition.setAction(action);
        transition.setActorId(actorId);
        return transition;
    }
}
