package org.wenming.content;

import java.time.LocalDateTime;

record RevisionView(int version, String editorName, LocalDateTime createdAt) {

    static RevisionView of(ContentRevision revision) {
        return new RevisionView(revision.getVersion(), revision.getEditorName(), revision.getCreatedAt());
    }
}
