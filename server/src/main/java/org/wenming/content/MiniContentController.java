package org.wenming.content;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wenming.common.config.WenmingProperties;
import org.wenming.common.paging.PageLimits;
import org.wenming.festival.FestivalDate;
import org.wenming.festival.FestivalService;
import org.wenming.org.OrgUnitNode;
import org.wenming.org.OrgUnitService;

/**
 * Anonymous reads of the mini program; only published content inside its window ever appears here. Home,
 * list and detail are what every resident opens, so they are answered from their cached JSON and ETag
 * ({@link CachedJson}), their only cache, kept in the public-read cache: cleared after every change, bounded
 * by the next end of a window, shared by all instances under Redis. They declare JSON as what they produce,
 * so a client accepting only something else still gets 406 and the body needs no converter's choice.
 */
@RestController
@RequestMapping(MiniContentController.BASE)
public class MiniContentController {

    static final String BASE = "/api/mini/v1";
    private static final String HOME = "/home";
    private static final String LIST = "/contents";
    private static final String DETAIL = "/contents/{id}";
    /** The reads answered from their cached JSON and ETag, which MiniHttpConfig's ETag filter leaves alone. */
    public static final List<String> CACHED_READS = List.of(BASE + HOME, BASE + LIST, BASE + DETAIL);

    private static final int HOME_FEATURED = 5;
    private static final int HOME_LATEST_PER_KIND = 4;
    private static final int FESTIVAL_ITEMS = 10;

    private final PublishedContent published;
    private final FestivalService festivals;
    private final OrgUnitService units;
    private final PublicReadCache cache;
    private final ObjectMapper mapper;
    private final WenmingProperties properties;
    private final Clock clock;

    public MiniContentController(
            PublishedContent published,
            FestivalService festivals,
            OrgUnitService units,
            PublicReadCache cache,
            ObjectMapper mapper,
            WenmingProperties properties,
            Clock clock) {
        this.published = published;
        this.festivals = festivals;
        this.units = units;
        this.cache = cache;
        this.mapper = mapper;
        this.properties = properties;
        this.clock = clock;
    }

    /** Keyed by the day too: the upcoming festival and its days left change at midnight. */
    @Operation(summary = "小程序首页")
    @GetMapping(value = HOME, produces = MediaType.APPLICATION_JSON_VALUE)
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = MiniHome.class)))
    public ResponseEntity<byte[]> home() {
        return json("home:" + LocalDate.now(clock), this::homePage);
    }

    @Operation(summary = "内容列表")
    @GetMapping(value = LIST, produces = MediaType.APPLICATION_JSON_VALUE)
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CardPage.class)))
    public ResponseEntity<byte[]> list(
            @RequestParam(required = false) ContentKind kind,
            @RequestParam(required = false) String tag,
            @RequestParam(required = false) String column,
            @RequestParam(required = false) Long orgUnitId,
            @RequestParam(required = false) String language,
            @RequestParam(required = false) String festival,
            @RequestParam(required = false) String cursor,
            @RequestParam(defaultValue = "20") int size) {
        PageLimits.checkSize(size, properties.mini().maxPageSize());
        PublicQuery query = new PublicQuery(kind, tag, column, orgUnitId, language, festival);
        return json("list:" + query + ":" + cursor + ":" + size, () -> published.list(query, cursor, size));
    }

    @Operation(summary = "内容详情")
    @GetMapping(value = DETAIL, produces = MediaType.APPLICATION_JSON_VALUE)
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PublicContentDetail.class)))
    public ResponseEntity<byte[]> detail(@PathVariable long id) {
        return json("detail:" + id, () -> published.detail(id));
    }

    @Operation(summary = "节日列表")
    @GetMapping("/festivals")
    public List<FestivalDate> festivals(@RequestParam(required = false) Integer year) {
        return festivals.year(year == null ? LocalDate.now(clock).getYear() : year);
    }

    @Operation(summary = "近期节日")
    @GetMapping("/festivals/upcoming")
    public UpcomingFestival upcoming() {
        return festivals
                .upcoming()
                .map(f -> new UpcomingFestival(f, published.latest(PublicQuery.ofFestival(f.code()), FESTIVAL_ITEMS)))
                .orElse(null);
    }

    @Operation(summary = "组织单位（乡镇与部门）")
    @GetMapping("/org-units")
    public List<OrgUnitNode> orgUnits() {
        return units.tree();
    }

    /** The home page as objects, before serialisation. */
    MiniHome homePage() {
        Map<ContentKind, List<PublicContentCard>> latest = new EnumMap<>(ContentKind.class);
        for (ContentKind kind : ContentKind.values()) {
            latest.put(kind, published.latest(PublicQuery.ofKind(kind), HOME_LATEST_PER_KIND));
        }
        return new MiniHome(published.featured(HOME_FEATURED), latest, upcoming());
    }

    /** The cached JSON of a read; a read that fails (an item not visible) is not cached. */
    private ResponseEntity<byte[]> json(String key, Supplier<Object> read) {
        CachedJson json = cache.get("mini-json:" + key, () -> CachedJson.of(mapper, read.get()));
        return json.response();
    }

    /**
     * The list's shape for the API description only, under the name the description has always given it:
     * an annotation cannot name the generic {@code CursorPage<PublicContentCard>}.
     */
    @Schema(name = "CursorPagePublicContentCard")
    private record CardPage(List<PublicContentCard> items, String nextCursor) {}
}
