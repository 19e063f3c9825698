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
import org.wenming.content.WorkflowRules.EditEffect;

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
    void noEditOfReviewedTextSkipsReview() {
        assertThat(WorkflowRules.effectOfEdit(ContentStatus.DRAFT)).isEqualTo(EditEffect.IN_PLACE);
        assertThat(WorkflowRules.effectOfEdit(ContentStatus.REJECTED)).isEqualTo(EditEffect.IN_PLACE);
        assertThat(WorkflowRules.effectOfEdit(ContentStatus.OFFLINE)).isEqualTo(EditEffect.BACK_TO_DRAFT);
        assertThat(WorkflowRules.effectOfEdit(ContentStatus.APPROVED)).isEqualTo(EditEffect.BACK_TO_REVIEW);
        assertThat(WorkflowRules.effectOfEdit(ContentStatus.SCHEDULED)).isEqualTo(EditEffect.BACK_TO_REVIEW);
        assertThat(WorkflowRules.effectOfEdit(ContentStatus.PUBLISHED)).isEqualTo(EditEffect.PENDING_REVISION);
    }

    @Test
    void anEditStartsANewRoundOfTheReviewOfAPendingRevision() {
        List<ContentTransition> reEdited =
                List.of(transition("EDIT", 1), transition("REVISION_APPROVE", REVIEWER), transition("EDIT", 2));

        assertThat(WorkflowRules.approvedThisRound(reEdited.subList(0, 2), REVIEWER))
                .isTrue();
        assertThat(WorkflowRules.approvedThisRound(reEdited, REVIEWER)).isFalse();
    }

    @Test
    void thePendingChangeIsWrittenByTheEditorsOfTheRevisionsItReplacedWhileWaiting() {
        List<ContentRevision> newestFirst = List.of(
                revision(RevisionReview.PENDING, 11),
                revision(RevisionReview.SUPERSEDED, 12),
                revision(RevisionReview.REJECTED, 13),
                revision(null, 14));

        assertThat(WorkflowRules.authorsOfPendingChange(newestFirst)).containsExactlyInAnyOrder(11L, 12L);
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

    private static ContentRevision revision(RevisionReview review, long editorId) {
        ContentRevision revision = new ContentRevision();
        revision.setReviewStatus(review);
        revision.setEditorId(editorId);
        return revision;
    }
}
