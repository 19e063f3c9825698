package org.wenming.miniapp.submission;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDateTime;

/** What the submission endpoints answer. */
final class SubmissionViews {

    private SubmissionViews() {}

    /** For the resident who wrote it: where it stands. */
    @Schema(name = "MySubmission")
    public record Mine(
            long id,
            String quoteText,
            String authorName,
            String photoUrl,
            String status,
            String statusLabel,
            String rejectReason,
            LocalDateTime createdAt) {}

    /** For editors reviewing the queue, with WeChat's verdicts. */
    public record Review(
            long id,
            String quoteText,
            String authorName,
            String residentNickname,
            long orgUnitId,
            String orgUnitName,
            String photoUrl,
            String textCheck,
            String photoCheck,
            String status,
            String rejectReason,
            LocalDateTime createdAt,
            LocalDateTime reviewedAt) {}

    /** For everyone, in the public gallery. */
    public record Gallery(
            long id,
            String quoteText,
            String authorName,
            String orgUnitName,
            String photoUrl,
            LocalDateTime approvedAt) {}
}
