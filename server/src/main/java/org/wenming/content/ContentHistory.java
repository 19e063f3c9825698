package org.wenming.content;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.stereotype.Component;
import org.wenming.common.error.ApiException;
import org.wenming.common.error.ErrorCode;
import org.wenming.common.security.Actor;

/** Keeps the two histories of an item: workflow transitions and the revision of every save. */
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
        ContentTransition transition = new ContentTransition();
        transition.setContentId(content.getId());
        transition.setAction(action);
        transition.setFromStatus(from);
        transition.setToStatus(to.name());
        transition.setReviewStage(content.getReviewStage());
        transition.setReason(reason);
        transition.setActorId(actor == null ? null : actor.id());
        transition.setActorName(actor == null ? SYSTEM : actor.username());
        transition.setCreatedAt(LocalDateTime.now(clock));
        transitions.insert(transition);
    }

    List<ContentTransition> transitions(long contentId) {
        return transitions.selectList(new LambdaQueryWrapper<ContentTransition>()
                .eq(ContentTransition::getContentId, contentId)
                .orderByAsc(ContentTransition::getId));
    }

    void revision(Content content, ContentFields fields, Actor actor) {
        ContentRevision revision = new ContentRevision();
        revision.setContentId(content.getId());
        revision.setVersion(content.getVersion());
        revision.setSnapshot(write(fields));
        revision.setEditorId(actor == null ? null : actor.id());
        revision.setEditorName(actor == null ? SYSTEM : actor.username());
        revision.setCreatedAt(LocalDateTime.now(clock));
        revisions.insert(revision);
    }

    List<ContentRevision> revisions(long contentId) {
        return revisions.selectList(new LambdaQueryWrapper<ContentRevision>()
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
        try {
            return json.readValue(revision.getSnapshot(), ContentFields.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable revision " + revision.getId(), e);
        }
    }

    private String write(ContentFields fields) {
        try {
            return json.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise content fields", e);
        }
    }
}
