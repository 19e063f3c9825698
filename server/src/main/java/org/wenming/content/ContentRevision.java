package org.wenming.content;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDateTime;

/**
 * The editable fields of an item as they were after one save; {@code snapshot} is {@link ContentFields} JSON.
 * An edit of a published item is a revision under review ({@code reviewStatus} set, with its own review
 * levels and stage) until it is approved and becomes the item's text.
 */
@TableName("content_revision")
class ContentRevision {

    @TableId(type = IdType.AUTO)
    private Long id;

    private Long contentId;
    private Integer version;
    private String snapshot;
    private Long editorId;
    private String editorName;
    private LocalDateTime createdAt;
    private RevisionReview reviewStatus;
    private Integer reviewLevels;
    private Integer reviewStage;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getContentId() {
        return contentId;
    }

    public void setContentId(Long contentId) {
        this.contentId = contentId;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }

    public String getSnapshot() {
        return snapshot;
    }

    public void setSnapshot(String snapshot) {
        this.snapshot = snapshot;
    }

    public Long getEditorId() {
        return editorId;
    }

    public void setEditorId(Long editorId) {
        this.editorId = editorId;
    }

    public String getEditorName() {
        return editorName;
    }

    public void setEditorName(String editorName) {
        this.editorName = editorName;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(LocalDateTime createdAt) {
        this.createdAt = createdAt;
    }

    public RevisionReview getReviewStatus() {
        return reviewStatus;
    }

    public void setReviewStatus(RevisionReview reviewStatus) {
        this.reviewStatus = reviewStatus;
    }

    public Integer getReviewLevels() {
        return reviewLevels;
    }

    public void setReviewLevels(Integer reviewLevels) {
        this.reviewLevels = reviewLevels;
    }

    public Integer getReviewStage() {
        return reviewStage;
    }

    public void setReviewStage(Integer reviewStage) {
        this.reviewStage = reviewStage;
    }
}
