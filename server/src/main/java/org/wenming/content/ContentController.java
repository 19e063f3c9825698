package org.wenming.content;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
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
import org.wenming.common.http.CsvFile;
import org.wenming.common.paging.PageLimits;
import org.wenming.common.paging.PageResult;
import org.wenming.common.security.Actor;
import org.wenming.common.security.RequiresRole;
import org.wenming.common.security.Role;

@RequiresRole
@RestController
@RequestMapping("/api/admin/v1")
class ContentController {

    private static final String YEAR = "年份：节日活动按活动时间所在年份，其他内容按创建年份";
    private static final String STATUS = "状态，可多个（status=DRAFT,REJECTED）";
    private static final String SORT = "排序：publishedAt、updatedAt 或 title，加 ,asc 或 ,desc（默认 updatedAt,desc）";

    private final ContentService contents;
    private final ContentWorkflow workflow;
    private final ReviewSettings reviewSettings;
    private final Clock clock;

    public ContentController(
            ContentService contents, ContentWorkflow workflow, ReviewSettings reviewSettings, Clock clock) {
        this.contents = contents;
        this.workflow = workflow;
        this.reviewSettings = reviewSettings;
        this.clock = clock;
    }

    @Operation(summary = "内容列表")
    @GetMapping("/contents")
    public PageResult<ContentView> list(
            Actor actor,
            @RequestParam(required = false) ContentKind kind,
            @Parameter(description = STATUS) @RequestParam(required = false) List<ContentStatus> status,
            @RequestParam(required = false) Long orgUnitId,
            @RequestParam(required = false) String tag,
            @RequestParam(required = false) String language,
            @RequestParam(required = false) String festival,
            @Parameter(description = YEAR) @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String column,
            @RequestParam(required = false) String keyword,
            @RequestParam(defaultValue = "false") boolean awaitingReview,
            @Parameter(description = SORT) @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "20") int size) {
        ContentFilter filter = new ContentFilter(
                kind, status, orgUnitId, tag, language, festival, year, column, keyword, awaitingReview);
        return contents.list(
                actor,
                filter,
                ContentSort.parse(sort),
                PageLimits.checkPage(page),
                PageLimits.checkSize(size, PageLimits.ADMIN_MAX_PAGE_SIZE));
    }

    @Operation(
            summary = "导出内容列表（CSV）",
            description = "与内容列表相同的筛选和排序，导出全部符合条件的内容",
            responses = {
                @ApiResponse(
                        responseCode = "200",
                        description = "成功",
                        content = {@Content(mediaType = "text/csv", schema = @Schema(type = "string"))})
            })
    @GetMapping("/contents/export.csv")
    public void export(
            Actor actor,
            @RequestParam(required = false) ContentKind kind,
            @Parameter(description = STATUS) @RequestParam(required = false) List<ContentStatus> status,
            @RequestParam(required = false) Long orgUnitId,
            @RequestParam(required = false) String tag,
            @RequestParam(required = false) String language,
            @RequestParam(required = false) String festival,
            @Parameter(description = YEAR) @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String column,
            @RequestParam(required = false) String keyword,
            @RequestParam(defaultValue = "false") boolean awaitingReview,
            @Parameter(description = SORT) @RequestParam(required = false) String sort,
            HttpServletResponse response)
            throws IOException {
        ContentFilter filter = new ContentFilter(
                kind, status, orgUnitId, tag, language, festival, year, column, keyword, awaitingReview);
        CsvFile.Rows<ContentView> rows = contents.export(actor, filter, ContentSort.parse(sort));
        String name = (kind == null ? "内容" : kind.label()) + "-" + LocalDate.now(clock) + ".csv";
        CsvFile.send(response, name, ContentExport.HEADER, rows, ContentExport::cells);
    }

    @Operation(summary = "新建内容（草稿）")
    @PostMapping("/contents")
    @ResponseStatus(HttpStatus.CREATED)
    public ContentView create(Actor actor, @Valid @RequestBody ContentFields fields) {
        return contents.create(actor, fields);
    }

    @Operation(summary = "内容详情")
    @GetMapping("/contents/{id}")
    public ContentView get(Actor actor, @PathVariable long id) {
        return contents.get(actor, id);
    }

    @Operation(summary = "修改内容")
    @PutMapping("/contents/{id}")
    public ContentView update(Actor actor, @PathVariable long id, @Valid @RequestBody ContentFields fields) {
        return contents.update(actor, id, fields);
    }

    @Operation(summary = "删除内容")
    @DeleteMapping("/contents/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void delete(Actor actor, @PathVariable long id) {
        contents.delete(actor, id);
    }

    @Operation(summary = "提交审核")
    @PostMapping("/contents/{id}/submit")
    public ContentView submit(Actor actor, @PathVariable long id) {
        return workflow.submit(actor, id);
    }

    @Operation(summary = "撤回审核")
    @PostMapping("/contents/{id}/withdraw")
    public ContentView withdraw(Actor actor, @PathVariable long id) {
        return workflow.withdraw(actor, id);
    }

    @Operation(summary = "审核通过")
    @PostMapping("/contents/{id}/approve")
    public ContentView approve(
            Actor actor, @PathVariable long id, @Valid @RequestBody(required = false) WorkflowRequests.Remark remark) {
        return remark == null
                ? workflow.approve(actor, id, null, null)
                : workflow.approve(actor, id, remark.reason(), remark.version());
    }

    @Operation(summary = "审核退回")
    @PostMapping("/contents/{id}/reject")
    public ContentView reject(Actor actor, @PathVariable long id, @Valid @RequestBody WorkflowRequests.Remark remark) {
        return workflow.reject(actor, id, remark.reason(), remark.version());
    }

    @Operation(summary = "发布（可定时）")
    @PostMapping("/contents/{id}/publish")
    public ContentView publish(
            Actor actor,
            @PathVariable long id,
            @Valid @RequestBody(required = false) WorkflowRequests.Publish publish) {
        return publish == null
                ? workflow.publish(actor, id, null, null)
                : workflow.publish(actor, id, publish.publishAt(), publish.offlineAt());
    }

    @Operation(summary = "下线")
    @PostMapping("/contents/{id}/offline")
    public ContentView offline(
            Actor actor, @PathVariable long id, @Valid @RequestBody(required = false) WorkflowRequests.Remark remark) {
        return workflow.offline(actor, id, remark == null ? null : remark.reason());
    }

    @Operation(summary = "状态变更记录")
    @GetMapping("/contents/{id}/transitions")
    public List<TransitionView> transitions(Actor actor, @PathVariable long id) {
        return workflow.history(actor, id);
    }

    @Operation(summary = "历史版本列表")
    @GetMapping("/contents/{id}/revisions")
    public List<RevisionView> revisions(Actor actor, @PathVariable long id) {
        return contents.revisions(actor, id);
    }

    @Operation(summary = "历史版本详情")
    @GetMapping("/contents/{id}/revisions/{version}")
    public ContentFields revision(Actor actor, @PathVariable long id, @PathVariable int version) {
        return contents.revision(actor, id, version);
    }

    @Operation(summary = "恢复到历史版本")
    @PostMapping("/contents/{id}/revisions/{version}/restore")
    public ContentView restore(
            Actor actor,
            @PathVariable long id,
            @PathVariable int version,
            @Valid @RequestBody WorkflowRequests.Restore restore) {
        return contents.restore(actor, id, version, restore.version());
    }

    @Operation(summary = "审核级数设置")
    @GetMapping("/settings/review-levels")
    public Map<String, Integer> reviewLevels() {
        return Map.of("levels", reviewSettings.reviewLevels());
    }

    @RequiresRole(value = Role.ADMIN, banner = true)
    @Operation(summary = "修改审核级数")
    @PutMapping("/settings/review-levels")
    public Map<String, Integer> setReviewLevels(
            Actor actor, @Valid @RequestBody WorkflowRequests.ReviewLevels request) {
        return Map.of("levels", reviewSettings.setReviewLevels(actor, request.levels()));
    }
}
