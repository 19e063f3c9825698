package org.wenming.content;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.wenming.common.paging.PageLimits;
import org.wenming.common.paging.PageResult;
import org.wenming.common.security.CurrentActor;

@RestController
@RequestMapping("/api/admin/v1")
public class ContentController {

    private final ContentService contents;
    private final ContentWorkflow workflow;
    private final ReviewSettings reviewSettings;

    public ContentController(ContentService contents, ContentWorkflow workflow, ReviewSettings reviewSettings) {
        this.contents = contents;
        this.workflow = workflow;
        this.reviewSettings = reviewSettings;
    }

    @GetMapping("/contents")
    public PageResult<ContentView> list(
            @RequestParam(required = false) ContentKind kind,
            @RequestParam(required = false) ContentStatus status,
            @RequestParam(required = false) Long orgUnitId,
            @RequestParam(required = false) String tag,
            @RequestParam(required = false) String language,
            @RequestParam(required = false) String festival,
            @RequestParam(required = false) String column,
            @RequestParam(required = false) String keyword,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "20") int size) {
        ContentFilter filter = new ContentFilter(kind, status, orgUnitId, tag, language, festival, column, keyword);
        return contents.list(
                CurrentActor.require(),
                filter,
                PageLimits.checkPage(page),
                PageLimits.checkSize(size, PageLimits.ADMIN_MAX_PAGE_SIZE));
    }

    @PostMapping("/contents")
    @ResponseStatus(HttpStatus.CREATED)
    public ContentView create(@Valid @RequestBody ContentFields fields) {
        return contents.create(CurrentActor.require(), fields);
    }

    @GetMapping("/contents/{id}")
    public ContentView get(@PathVariable long id) {
        return contents.get(CurrentActor.require(), id);
    }

    @PutMapping("/contents/{id}")
    public ContentView update(@PathVariable long id, @Valid @RequestBody ContentFields fields) {
        return contents.update(CurrentActor.require(), id, fields);
    }

    @DeleteMapping("/contents/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void delete(@PathVariable long id) {
        contents.delete(CurrentActor.require(), id);
    }

    @PostMapping("/contents/{id}/submit")
    public ContentView submit(@PathVariable long id) {
        return workflow.submit(CurrentActor.require(), id);
    }

    @PostMapping("/contents/{id}/withdraw")
    public ContentView withdraw(@PathVariable long id) {
        return workflow.withdraw(CurrentActor.require(), id);
    }

    @PostMapping("/contents/{id}/approve")
    public ContentView approve(
            @PathVariable long id, @Valid @RequestBody(required = false) WorkflowRequests.Remark remark) {
        return workflow.approve(CurrentActor.require(), id, remark == null ? null : remark.reason());
    }

    @PostMapping("/contents/{id}/reject")
    public ContentView reject(@PathVariable long id, @Valid @RequestBody WorkflowRequests.Remark remark) {
        return workflow.reject(CurrentActor.require(), id, remark.reason());
    }

    @PostMapping("/contents/{id}/publish")
    public ContentView publish(
            @PathVariable long id, @Valid @RequestBody(required = false) WorkflowRequests.Publish publish) {
        return publish == null
                ? workflow.publish(CurrentActor.require(), id, null, null)
                : workflow.publish(CurrentActor.require(), id, publish.publishAt(), publish.offlineAt());
    }

    @PostMapping("/contents/{id}/offline")
    public ContentView offline(
            @PathVariable long id, @Valid @RequestBody(required = false) WorkflowRequests.Remark remark) {
        return workflow.offline(CurrentActor.require(), id, remark == null ? null : remark.reason());
    }

    @GetMapping("/contents/{id}/transitions")
    public List<TransitionView> transitions(@PathVariable long id) {
        return workflow.history(CurrentActor.require(), id);
    }

    @GetMapping("/contents/{id}/revisions")
    public List<RevisionView> revisions(@PathVariable long id) {
        return contents.revisions(CurrentActor.require(), id);
    }

    @GetMapping("/contents/{id}/revisions/{version}")
    public ContentFields revision(@PathVariable long id, @PathVariable int version) {
        return contents.revision(CurrentActor.require(), id, version);
    }

    @PostMapping("/contents/{id}/revisions/{version}/restore")
    public ContentView restore(
            @PathVariable long id, @PathVariable int version, @Valid @RequestBody WorkflowRequests.Restore restore) {
        return contents.restore(CurrentActor.require(), id, version, restore.version());
    }

    @GetMapping("/settings/review-levels")
    public Map<String, Integer> reviewLevels() {
        return Map.of("levels", reviewSettings.reviewLevels());
    }

    @PutMapping("/settings/review-levels")
    public Map<String, Integer> setReviewLevels(@Valid @RequestBody WorkflowRequests.ReviewLevels request) {
        return Map.of("levels", reviewSettings.setReviewLevels(CurrentActor.require(), request.levels()));
    }
}
