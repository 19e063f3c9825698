package org.wenming.content;

import java.time.LocalDateTime;

record TransitionView(
        String action,
        String fromStatus,
        String toStatus,
        Integer reviewStage,
        String reason,
        String actorName,
        LocalDateTime createdAt,
        Integer version) {

    static TransitionView of(ContentTransition t) {
        return new TransitionView(
                t.getAction(),
                t.getFromStatus(),
                t.getToStatus(),
                t.getReviewStage(),
                t.getReason(),
                t.getActorName(),
                t.getCreatedAt(),
                t.getVersion());
    }
}
