package org.wenming.miniapp.submission;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.SchemaProperty;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.wenming.common.config.WenmingProperties;
import org.wenming.common.paging.CursorPage;
import org.wenming.common.paging.PageLimits;
import org.wenming.common.paging.PageResult;
import org.wenming.common.security.Actor;
import org.wenming.common.security.RequiresRole;
import org.wenming.common.security.Role;
import org.wenming.miniapp.auth.ResidentPrincipal;

/** 习语金句大家写: residents submit (mini program), editors review (admin), everyone sees the gallery. */
@RestController
class SubmissionController {

    private final SubmissionService submissions;
    private final WenmingProperties properties;

    public SubmissionController(SubmissionService submissions, WenmingProperties properties) {
        this.submissions = submissions;
        this.properties = properties;
    }

    /** multipart/form-data: {@code text}, {@code photo}, optional {@code authorName} and {@code orgUnitId}. */
    @Operation(
            summary = "居民投稿",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = "multipart/form-data",
                                            schema =
                                                    @Schema(
                                                            type = "object",
                                                            requiredProperties = {"text"}),
                                            schemaProperties = {
                                                @SchemaProperty(
                                                        name = "text",
                                                        schema = @Schema(type = "string", description = "投稿文字")),
                                                @SchemaProperty(
                                                        name = "authorName",
                                                        schema = @Schema(type = "string", description = "署名")),
                                                @SchemaProperty(
                                                        name = "orgUnitId",
                                                        schema =
                                                                @Schema(
                                                                        type = "integer",
                                                                        format = "int64",
                                                                        description = "所属乡镇或部门")),
                                                @SchemaProperty(
                                                        name = "photo",
                                                        schema =
                                                                @Schema(
                                                                        type = "string",
                                                                        format = "binary",
                                                                        description = "照片（可选）：PNG、JPEG 或 WebP"))
                                            })))
    @PostMapping("/api/mini/v1/submissions")
    @ResponseStatus(HttpStatus.CREATED)
    public SubmissionViews.Mine submit(
            ResidentPrincipal resident,
            @Parameter(hidden = true) @RequestParam String text,
            @Parameter(hidden = true) @RequestParam(required = false) String authorName,
            @Parameter(hidden = true) @RequestParam(required = false) Long orgUnitId,
            @Parameter(hidden = true) @RequestParam(required = false) MultipartFile photo) {
        return submissions.submit(resident, text, authorName, orgUnitId, photo);
    }

    @Operation(summary = "我的投稿")
    @GetMapping("/api/mini/v1/me/submissions")
    public List<SubmissionViews.Mine> mine(ResidentPrincipal resident) {
        return submissions.mine(resident);
    }

    @Operation(summary = "投稿展示墙")
    @GetMapping("/api/mini/v1/submissions/gallery")
    public CursorPage<SubmissionViews.Gallery> gallery(
            @RequestParam(required = false) String cursor, @RequestParam(defaultValue = "20") int size) {
        return submissions.gallery(
                cursor, PageLimits.checkSize(size, properties.mini().maxPageSize()));
    }

    @RequiresRole
    @Operation(summary = "投稿审核队列")
    @GetMapping("/api/admin/v1/submissions")
    public PageResult<SubmissionViews.Review> queue(
            Actor actor,
            @RequestParam(required = false) Submission.Status status,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "20") int size) {
        return submissions.queue(
                actor, status, PageLimits.checkPage(page), PageLimits.checkSize(size, PageLimits.ADMIN_MAX_PAGE_SIZE));
    }

    @RequiresRole({Role.REVIEWER, Role.ADMIN})
    @Operation(summary = "通过投稿")
    @PostMapping("/api/admin/v1/submissions/{id}/approve")
    public SubmissionViews.Review approve(Actor actor, @PathVariable long id) {
        return submissions.approve(actor, id);
    }

    @RequiresRole({Role.REVIEWER, Role.ADMIN})
    @Operation(summary = "退回投稿")
    @PostMapping("/api/admin/v1/submissions/{id}/reject")
    public SubmissionViews.Review reject(
            Actor actor, @PathVariable long id, @RequestBody(required = false) RejectRequest body) {
        return submissions.reject(actor, id, body == null ? null : body.reason());
    }

    public record RejectRequest(String reason) {}
}
