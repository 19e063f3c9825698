package org.wenming.content;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wenming.common.security.CurrentActor;

/** Figures of the console's dashboard; any signed-in administrator, for their own scope. */
@RestController
@RequestMapping("/api/admin/v1/contents")
public class ContentStatsController {

    private final ContentStatsService stats;

    public ContentStatsController(ContentStatsService stats) {
        this.stats = stats;
    }

    @GetMapping("/stats")
    public ContentStats stats() {
        return stats.countByKindAndStatus(CurrentActor.require());
    }

    @GetMapping("/trends")
    public ContentTrends trends(@RequestParam(defaultValue = "12") int weeks) {
        return stats.weeklyTrends(CurrentActor.require(), weeks);
    }

    @GetMapping("/brand-project-targets")
    public List<BrandProjectTarget> brandProjectTargets() {
        return stats.brandProjectTargets(CurrentActor.require());
    }
}
