package org.wenming.content;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wenming.common.security.Actor;
import org.wenming.common.security.RequiresRole;

/** Figures of the console's dashboard; any signed-in administrator, for their own scope. */
@RequiresRole
@RestController
@RequestMapping("/api/admin/v1/contents")
class ContentStatsController {

    private final ContentStatsService stats;

    public ContentStatsController(ContentStatsService stats) {
        this.stats = stats;
    }

    @Operation(summary = "内容统计（按单位与类型）")
    @GetMapping("/stats")
    public ContentStats stats(Actor actor) {
        return stats.countByKindAndStatus(actor);
    }

    @Operation(summary = "每周趋势")
    @GetMapping("/trends")
    public ContentTrends trends(Actor actor, @RequestParam(defaultValue = "12") int weeks) {
        return stats.weeklyTrends(actor, weeks);
    }

    @Operation(summary = "品牌项目目标完成情况")
    @GetMapping("/brand-project-targets")
    public List<BrandProjectTarget> brandProjectTargets(Actor actor) {
        return stats.brandProjectTargets(actor);
    }
}
