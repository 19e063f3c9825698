package org.wenming.miniapp.action;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wenming.common.config.WenmingProperties;
import org.wenming.common.paging.CursorPage;
import org.wenming.common.paging.PageLimits;
import org.wenming.content.PublicContentCard;
import org.wenming.miniapp.auth.ResidentPrincipal;

/**
 * Residents' actions on content (token required) and the live counts shown on content. Counts live here and
 * not in the cached public reads, which stay the same for everyone.
 */
@RestController
@RequestMapping("/api/mini/v1")
class ResidentActionController {

    private final ActionService actions;
    private final WenmingProperties properties;

    public ResidentActionController(ActionService actions, WenmingProperties properties) {
        this.actions = actions;
        this.properties = properties;
    }

    @Operation(summary = "收藏内容")
    @PutMapping("/contents/{id}/favourite")
    public ContentStats favourite(ResidentPrincipal resident, @PathVariable long id) {
        return actions.favourite(resident, id, true);
    }

    @Operation(summary = "取消收藏")
    @DeleteMapping("/contents/{id}/favourite")
    public ContentStats unfavourite(ResidentPrincipal resident, @PathVariable long id) {
        return actions.favourite(resident, id, false);
    }

    @Operation(summary = "点赞内容")
    @PutMapping("/contents/{id}/like")
    public ContentStats like(ResidentPrincipal resident, @PathVariable long id) {
        return actions.like(resident, id, true);
    }

    @Operation(summary = "取消点赞")
    @DeleteMapping("/contents/{id}/like")
    public ContentStats unlike(ResidentPrincipal resident, @PathVariable long id) {
        return actions.like(resident, id, false);
    }

    @Operation(summary = "记录一次浏览")
    @PostMapping("/contents/{id}/views")
    public Map<String, Boolean> view(ResidentPrincipal resident, @PathVariable long id) {
        return Map.of("counted", actions.view(resident, id));
    }

    @Operation(summary = "上报收听进度")
    @PutMapping("/contents/{id}/progress")
    public ContentStats progress(
            ResidentPrincipal resident, @PathVariable long id, @Valid @RequestBody ActionRequests.Progress body) {
        return actions.progress(resident, id, body.positionSeconds(), Boolean.TRUE.equals(body.completed()));
    }

    /** Counts of one item; with a token also whether this resident favourited or liked it and where to resume. */
    @Operation(summary = "单条内容的统计与我的状态")
    @GetMapping("/contents/{id}/stats")
    public ContentStats stats(@Parameter(hidden = true) Optional<ResidentPrincipal> resident, @PathVariable long id) {
        return actions.stats(id, resident.orElse(null));
    }

    /** Counts of the cards of a list, {@code ids=1,2,3} (at most 50). */
    @Operation(summary = "多条内容的统计")
    @GetMapping("/contents/stats")
    public List<ContentStats> stats(
            @Parameter(hidden = true) Optional<ResidentPrincipal> resident, @RequestParam List<Long> ids) {
        return actions.stats(ids.stream().distinct().toList(), resident.orElse(null));
    }

    @Operation(summary = "我的收藏")
    @GetMapping("/me/favourites")
    public CursorPage<PublicContentCard> favourites(
            ResidentPrincipal resident,
            @RequestParam(required = false) String cursor,
            @RequestParam(defaultValue = "20") int size) {
        return actions.favourites(
                resident, cursor, PageLimits.checkSize(size, properties.mini().maxPageSize()));
    }

    /** Every item the resident opened ({@code views}) or played ({@code progress}), most recent first. */
    @Operation(summary = "我的浏览与收听记录")
    @GetMapping("/me/history")
    public CursorPage<HistoryItem> history(
            ResidentPrincipal resident,
            @RequestParam(required = false) String cursor,
            @RequestParam(defaultValue = "20") int size) {
        return actions.history(
                resident, cursor, PageLimits.checkSize(size, properties.mini().maxPageSize()));
    }
}
