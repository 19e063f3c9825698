package org.wenming.search;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wenming.content.ContentKind;
import org.wenming.miniapp.auth.ResidentPrincipal;

/** Residents' search: full-text results with highlights, completions while typing, and hot searches. */
@RestController
@RequestMapping("/api/mini/v1/search")
class MiniSearchController {

    private final SearchService search;

    public MiniSearchController(SearchService search) {
        this.search = search;
    }

    @Operation(summary = "搜索内容")
    @GetMapping
    public SearchResults search(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) ContentKind kind,
            @RequestParam(required = false) Long orgUnitId,
            @RequestParam(required = false) String language,
            @RequestParam(required = false) String tag,
            @RequestParam(required = false) String festival,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "10") int size,
            @Parameter(hidden = true) Optional<ResidentPrincipal> resident,
            HttpServletRequest request) {
        String visitor = resident.map(r -> "resident:" + r.id()).orElse("address:" + request.getRemoteAddr());
        return search.search(q, kind, orgUnitId, language, tag, festival, page, size, visitor);
    }

    @Operation(summary = "搜索联想词")
    @GetMapping("/suggest")
    public SearchResults.Suggestions suggest(@RequestParam(required = false) String q) {
        return search.suggest(q);
    }

    @Operation(summary = "热门搜索词")
    @GetMapping("/hot")
    public List<HotSearches.HotQuery> hot(@RequestParam(defaultValue = "10") int limit) {
        return search.hot(limit);
    }
}
