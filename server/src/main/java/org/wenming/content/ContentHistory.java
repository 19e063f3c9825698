package org.wenming.content;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import com.baomidou.mybatisplus.core.metadata.TableFieldInfo;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.wenming.common.error.ApiException;
import org.wenming.common.error.ErrorCode;
import org.wenming.common.security.Actor;

/**
 * Keeps the two histories of an item: workflow transitions and the revision of every save, including the
 * revision of a published item that waits for review.
 */
@Component
class ContentHistory {

    static final String SYSTEM = "系统";

    private final ContentTransitionMapper transitions;
    private final ContentRevisionMapper revisions;
    private final ObjectMapper json;
    private final Clock clock;

    public ContentHistory(
            ContentTransitionMapper transitions, ContentRevisionMapper revisions, ObjectMapper json, Clock clock) {
        this.transitions = transitions;
        this.revisions = revisions;
        this.json = json;
        this.clock = clock;
    }

    void transition(Content content, String action, String from, ContentStatus to, String reason, Actor actor) {
        insertStep(content, action, from, to, content.getReviewStage(), content.getVersion(), reason, actor);
    }

    /** A step of the review of a revision: the item keeps its status, the stage and version are the revision's. */
    void revisionStep(Content content, ContentRevision revision, String action, String reason, Actor actor) {
        ContentStatus status = content.getStatus();
        insertStep(
                content,
                action,
                status.name(),
                status,
                revision.getReviewStage(),
                revision.getVersion(),
                reason,
                actor);
    }

    private void insertStep(
            Content content,
            String action,
            String from,
            ContentStatus to,
            Integer reviewStage,
            Integer version,
            String reason,
            Actor actor) {
        ContentTransition transition = new ContentTransition();
        transition.setContentId(content.getId());
        transition.setAction(action);
        transition.setFromStatus(from);
        transition.setToStatus(to.name());
        transition.setReviewStage(reviewStage);
        transition.setVersion(version);
        transition.setReason(reason);
        transition.setActorId(actor == null ? null : actor.id());
        transition.setActorName(nameOf(actor));
        transition.setCreatedAt(LocalDateTime.now(clock));
        transitions.insert(transition);
    }

    List<ContentTransition> transitions(long contentId) {
        return transitions.selectList(new LambdaQueryWrapper<ContentTransition>()
                .eq(ContentTransition::getContentId, contentId)
                .orderByAsc(ContentTransition::getId));
    }

    /**
     * The latest step that sent each item to review (a submission, or an edit of approved content); an
     * approval at an intermediate level also leaves the item SUBMITTED, but its reviewer submitted nothing.
     */
    Map<Long, ContentTransition> lastSubmissions(Collection<Long> contentIds) {
        if (contentIds.isEmpty()) {
            return Map.of();
        }
        return transitions
                .selectList(new LambdaQueryWrapper<ContentTransition>()
                        .eq(ContentTransition::getToStatus, ContentStatus.SUBMITTED.name())
                        .ne(ContentTransition::getAction, "APPROVE")
                        .in(ContentTransition::getContentId, contentIds)
                        .orderByAsc(ContentTransition::getId))
                .stream()
                .collect(Collectors.toMap(
                        ContentTransition::getContentId, Function.identity(), (older, newer) -> newer));
    }

    /**
     * Who made each item, by the name history recorded for its first step (its creation or its import), so
     * lists name the author as the timeline does.
     */
    Map<Long, String> authorNames(Collection<Long> contentIds) {
        if (contentIds.isEmpty()) {
            return Map.of();
        }
        return transitions
                .selectList(new LambdaQueryWrapper<ContentTransition>()
                        .eq(ContentTransition::getFromStatus, "NEW")
                        .in(ContentTransition::getContentId, contentIds))
                .stream()
                .collect(Collectors.toMap(
                        ContentTransition::getContentId, ContentTransition::getActorName, (first, again) -> first));
    }

    void revision(Content content, ContentFields fields, Actor actor) {
        revisions.insert(newRevision(content, fields, actor));
    }

    /** Keeps an edit of a published item as a revision waiting for {@code reviewLevels} levels of review. */
    ContentRevision pendingRevision(Content content, ContentFields fields, Actor actor, int reviewLevels) {
        ContentRevision revision = newRevision(content, fields, actor);
        revision.setReviewStatus(RevisionReview.PENDING);
        revision.setReviewLevels(reviewLevels);
        revision.setReviewStage(0);
        revisions.insert(revision);
        return revision;
    }

    Optional<ContentRevision> pendingRevision(long contentId) {
        return Optional.ofNullable(pendingRevisions(List.of(contentId)).get(contentId));
    }

    /** The revision waiting for review of each item that has one. */
    Map<Long, ContentRevision> pendingRevisions(Collection<Long> contentIds) {
        return revisions
                .selectList(new LambdaQueryWrapper<ContentRevision>()
                        .select(ContentRevision.class, ContentHistory::notSnapshot)
                        .eq(ContentRevision::getReviewStatus, RevisionReview.PENDING)
                        .in(ContentRevision::getContentId, contentIds))
                .stream()
                .collect(Collectors.toMap(ContentRevision::getContentId, Function.identity()));
    }

    /**
     * Moves a pending revision to {@code stage} and {@code status} only if it is still pending at the stage it
     * was read with, so two reviewers acting at once cannot both move it; false when someone else did first.
     */
    boolean moveRevision(ContentRevision revision, int stage, RevisionReview status) {
        boolean moved = revisions.update(
                        null,
                        new LambdaUpdateWrapper<ContentRevision>()
                                .set(ContentRevision::getReviewStage, stage)
                                .set(ContentRevision::getReviewStatus, status)
                                .eq(ContentRevision::getId, revision.getId())
                                .eq(ContentRevision::getReviewStatus, RevisionReview.PENDING)
                                .eq(ContentRevision::getReviewStage, revision.getReviewStage()))
                == 1;
        if (moved) {
            revision.setReviewStage(stage);
            revision.setReviewStatus(status);
        }
        return moved;
    }

    /** History names people as colleagues know them (八仙筒镇编辑), not by their sign-in names. */
    private static String nameOf(Actor actor) {
        return actor == null ? SYSTEM : actor.displayName();
    }

    private ContentRevision newRevision(Content content, ContentFields fields, Actor actor) {
        ContentRevision revision = new ContentRevision();
        revision.setContentId(content.getId());
        revision.setVersion(content.getVersion());
        revision.setSnapshot(write(fields));
        revision.setEditorId(actor == null ? null : actor.id());
        revision.setEditorName(nameOf(actor));
        revision.setCreatedAt(LocalDateTime.now(clock));
        return revision;
    }

    List<ContentRevision> revisions(long contentId) {
        return revisions.selectList(new LambdaQueryWrapper<ContentRevision>()
                .select(ContentRevision.class, ContentHistory::notSnapshot)
                .eq(ContentRevision::getContentId, contentId)
                .orderByDesc(ContentRevision::getVersion));
    }

    ContentFields revisionFields(long contentId, int version) {
        ContentRevision revision = revisions.selectOne(new LambdaQueryWrapper<ContentRevision>()
                .eq(ContentRevision::getContentId, contentId)
                .eq(ContentRevision::getVersion, version));
        if (revision == null) {
            throw new ApiException(ErrorCode.REVISION_NOT_FOUND);
        }
        return fieldsOf(revision);
    }

    ContentFields fieldsOf(ContentRevision revision) {
        try {
            return json.readValue(revision.getSnapshot(), ContentFields.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable revision " + revision.getId(), e);
        }
    }

    /** Lists of revisions leave out their snapshots, which hold whole bodies. */
    private static boolean notSnapshot(TableFieldInfo column) {
        return !column.getColumn().equals("snapshot");
    }

    private String write(ContentFields fields) {
        try {
            return json.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise content fields", e);
        }
    }
}
