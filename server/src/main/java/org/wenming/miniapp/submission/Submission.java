package org.wenming.miniapp.submission;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDateTime;

/**
 * A 习语金句大家写 entry: a quote a resident wrote out and a photo of their handwriting. {@code textCheck} and
 * {@code photoCheck} hold WeChat's verdicts (PASS, REVIEW, RISKY; the photo's is PENDING until pushed).
 */
@TableName("submission")
class Submission {

    public enum Status {
        PENDING,
        APPROVED,
        REJECTED,
        REFUSED
    }

    public enum Check {
        PENDING,
        PASS,
        REVIEW,
        RISKY
    }

    @TableId(type = IdType.AUTO)
    private Long id;

    private Long residentId;
    private Long orgUnitId;
    private String quoteText;
    private String authorName;
    private String photoKey;
    private Check textCheck;
    private String textLabel;
    private String photoTraceId;
    private Check photoCheck;
    private String photoLabel;
    private Status status;
    private String rejectReason;
    private Long reviewedBy;
    private LocalDateTime reviewedAt;
    private LocalDateTime createdAt;
    private LocalDateTime updatedAt;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getResidentId() {
        return residentId;
    }

    public void setResidentId(Long residentId) {
        this.residentId = residentId;
    }

    public Long getOrgUnitId() {
        return orgUnitId;
    }

    public void setOrgUnitId(Long orgUnitId) {
        this.orgUnitId = orgUnitId;
    }

    public String getQuoteText() {
        return quoteText;
    }

    public void setQuoteText(String quoteText) {
        this.quoteText = quoteText;
    }

    public String getAuthorName() {
        return authorName;
    }

    public void setAuthorName(String authorName) {
        this.authorName = authorName;
    }

    public String getPhotoKey() {
        return photoKey;
    }

    public void setPhotoKey(String photoKey) {
        this.photoKey = photoKey;
    }

    public Check getTextCheck() {
        return textCheck;
    }

    public void setTextCheck(Check textCheck) {
        this.textCheck = textCheck;
    }

    public String getTextLabel() {
        return textLabel;
    }

    public void setTextLabel(String textLabel) {
        this.textLabel = textLabel;
    }

    public String getPhotoTraceId() {
        return photoTraceId;
    }

    public void setPhotoTraceId(String photoTraceId) {
        this.photoTraceId = photoTraceId;
    }

    public Check getPhotoCheck() {
        return photoCheck;
    }

    public void setPhotoCheck(Check photoCheck) {
        this.photoCheck = photoCheck;
    }

    public String getPhotoLabel() {
        return photoLabel;
    }

    public void setPhotoLabel(String photoLabel) {
        this.photoLabel = photoLabel;
    }

    public Status getStatus() {
        return status;
    }

    public void setStatus(Status status) {
        this.status = status;
    }

    public String getRejectReason() {
        return rejectReason;
    }

    public void setRejectReason(String rejectReason) {
        this.rejectReason = rejectReason;
    }

    public Long getReviewedBy() {
        return reviewedBy;
    }

    public void setReviewedBy(Long reviewedBy) {
        this.reviewedBy = reviewedBy;
    }

    public LocalDateTime getReviewedAt() {
        return reviewedAt;
    }

    public void setReviewedAt(LocalDateTime reviewedAt) {
        this.reviewedAt = reviewedAt;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(LocalDateTime createdAt) {
        this.createdAt = createdAt;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(LocalDateTime updatedAt) {
        this.updatedAt = updatedAt;
    }
}
