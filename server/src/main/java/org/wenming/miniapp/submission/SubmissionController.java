package org.wenming.miniapp.submission;

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
    @PostMapping("/api/mini/v1/submissions")
    @ResponseStatus(HttpStatus.CREATED)
    public SubmissionViews.Mine submit(
            ResidentPrincipal resident,
            @RequestParam String text,
            @RequestParam(required = false) String authorName,
            @RequestParam(required = false) Long orgUnitId,
            @RequestParam(required = false) MultipartFile photo) {
        return submissions.submit(resident, text, authorName, orgUnitId, photo);
    }

    @GetMapping("/api/mini/v1/me/submissions")
    public List<SubmissionViews.Mine> mine(ResidentPrincipal resident) {
        return submissions.mine(resident);
    }

    @GetMapping("/api/mini/v1/submissions/gallery")
    public CursorPage<SubmissionViews.Gallery> gallery(
            @RequestParam(required = false) String cursor, @RequestParam(defaultValue = "20") int size) {
        return submissions.gallery(
                cursor, PageLimits.checkSize(size, properties.mini().maxPageSize()));
    }

    @RequiresRole
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
    @PostMapping("/api/admin/v1/submissions/{id}/approve")
    public SubmissionViews.Review approve(Actor actor, @PathVariable long id) {
        return submissions.approve(actor, id);
    }

    @RequiresRole({Role.REVIEWER, Role.ADMIN})
    @PostMapping("/api/admin/v1/submissions/{id}/reject")
    public SubmissionViews.Review reject(
            Actor actor, @PathVariable long id, @RequestBody(required = false) RejectRequest body) {
        return submissions.reject(actor, id, body == null ? null : body.reason());
    }

    public record RejectRequest(String reason) {}
}
