package org.wenming.content;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wenming.common.config.WenmingProperties;
import org.wenming.common.error.ApiException;
import org.wenming.common.error.ErrorCode;
import org.wenming.common.http.EncodedBody;
import org.wenming.common.paging.PageLimits;
import org.wenming.festival.FestivalDate;
import org.wenming.festival.FestivalService;
import org.wenming.org.OrgUnitNode;
import org.wenming.org.OrgUnitService;

/**
 * Anonymous reads of the mini program; only published content inside its window ever appears here. Home,
 * list, detail and the festival calendar are what every resident opens, so they are answered from their
 * cached bytes, gzip and ETags ({@link EncodedBody}), their only cache, kept in the public-read cache: cleared after
 * every change, bounded by the next end of a window, shared by all instances under Redis. They declare JSON
 * as what they produce, so a client accepting only something else still gets 406 and the body needs no
 * converter's choice.
 *
 * <p>Every URL in them is absolute and starts with the public base URL, which without
 * WENMING_PUBLIC_BASE_URL is the address of the request; so the base URL is part of every cache key, and an
 * answer built for one address is never served to a client that reached the server at another. Live counts
 * are not part of these answers: they are the same bytes for every resident and would have to be rebuilt
 * on every like and view; a page gets the counts of all its cards with one {@code contents/stats?ids=}.
 */
@RestController
@RequestMapping(MiniContentController.BASE)
public class MiniContentController {

    static final String BASE = "/api/mini/v1";
    private static final String HOME = "/home";
    private static final String LIST = "/contents";
    private static final String DETAIL = "/contents/{id}";
    private static final String FESTIVALS = "/festivals";
    static final String COVERS = "/covers";
    /** The reads answered from their cached {@link EncodedBody}, which MiniHttpConfig's filter leaves alone. */
    public static final List<String> CACHED_READS = List.of(BASE + HOME, BASE + LIST, BASE + DETAIL, BASE + FESTIVALS);

    private static final int HOME_FEATURED = 5;
    private static final int HOME_LATEST_PER_KIND = 4;
    private static final int FESTIVAL_ITEMS = 10;

    private final PublishedContent published;
    private final FestivalService festivals;
    private final OrgUnitService units;
    private final PublicReadCache cache;
    private final FallbackCovers covers;
    private final ObjectMapper mapper;
    private final WenmingProperties properties;
    private final Clock clock;

    public MiniContentController(
            PublishedContent published,
            FestivalService festivals,
            OrgUnitService units,
            PublicReadCache cache,
            FallbackCovers covers,
            ObjectMapper mapper,
            WenmingProperties properties,
            Clock clock) {
        this.published = published;
        this.festivals = festivals;
        this.units = units;
        this.cache = cache;
        this.covers = covers;
        this.mapper = mapper;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * With {@code language}, featured and latest items are those of that language only (the upcoming festival shows all).
     */
    @Operation(summary = "小程序首页")
    @GetMapping(value = HOME, produces = MediaType.APPLICATION_JSON_VALUE)
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = MiniHome.class)))
    public ResponseEntity<byte[]> home(@RequestParam(required = false) String language, HttpServletRequest request) {
        String filter = MiniReadKeys.homeLanguage(language);
        return json(request, MiniReadKeys.home(LocalDate.now(clock), filter), () -> homePage(filter));
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
            @RequestParam(defaultValue = MiniReadKeys.DEFAULT_PAGE_SIZE) int size,
            HttpServletRequest request) {
        PageLimits.checkSize(size, properties.mini().maxPageSize());
        PublicQuery query = new PublicQuery(kind, tag, column, orgUnitId, language, festival);
        return json(request, MiniReadKeys.list(query, cursor, size), () -> published.list(query, cursor, size));
    }

    @Operation(summary = "内容详情")
    @GetMapping(value = DETAIL, produces = MediaType.APPLICATION_JSON_VALUE)
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PublicContentDetail.class)))
    public ResponseEntity<byte[]> detail(@PathVariable long id, HttpServletRequest request) {
        return json(request, MiniReadKeys.detail(id), () -> published.detail(id));
    }

    @Operation(summary = "节日列表（含每个节日的内容数和封面）")
    @GetMapping(value = FESTIVALS, produces = MediaType.APPLICATION_JSON_VALUE)
    @ApiResponse(
            responseCode = "200",
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = MiniFestival.class))))
    public ResponseEntity<byte[]> festivals(@RequestParam(required = false) Integer year, HttpServletRequest request) {
        int shown = year == null ? LocalDate.now(clock).getYear() : year;
        return json(request, MiniReadKeys.festivals(LocalDate.now(clock), shown), () -> festivalCalendar(shown));
    }

    @Operation(summary = "近期节日")
    @GetMapping("/festivals/upcoming")
    public UpcomingFestival upcoming() {
        return festivals.upcoming().map(this::upcoming).orElse(null);
    }

    /**
     * The generated cover of a column or festival (see {@link FallbackCovers}), which cards of items without
     * an image point at; the same name always gives the same picture.
     */
    @Operation(
            summary = "栏目或节日的默认封面（PNG）",
            responses = {
                @ApiResponse(
                        responseCode = "200",
                        description = "成功",
                        content = {
                            @Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary"))
                        })
            })
    @GetMapping(value = COVERS, produces = MediaType.IMAGE_PNG_VALUE)
    public ResponseEntity<byte[]> cover(@RequestParam String name) {
        if (name.isBlank() || name.length() > FallbackCovers.MAX_NAME_LENGTH) {
            throw new ApiException(
                    ErrorCode.INVALID_PARAMETER, "name 须为 1 到 " + FallbackCovers.MAX_NAME_LENGTH + " 个字符的栏目或节日名称");
        }
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
                .body(covers.png(name));
    }

    @Operation(summary = "组织单位（乡镇与部门）")
    @GetMapping("/org-units")
    public List<OrgUnitNode> orgUnits() {
        return units.tree();
    }

    /** The home page as objects, before serialisation. */
    MiniHome homePage(String language) {
        Map<ContentKind, List<PublicContentCard>> latest = new EnumMap<>(ContentKind.class);
        for (ContentKind kind : ContentKind.values()) {
            PublicQuery query = new PublicQuery(kind, null, null, null, language, null);
            latest.put(kind, published.latest(query, HOME_LATEST_PER_KIND));
        }
        return new MiniHome(published.featured(HOME_FEATURED, language), latest, upcoming(), language);
    }

    private UpcomingFestival upcoming(FestivalDate festival) {
        long count = published.festivalItemCounts().getOrDefault(festival.code(), 0L);
        PublicImage cover = published.festivalCover(festival.code(), festival.name());
        return new UpcomingFestival(
                festival,
                published.latest(PublicQuery.ofFestival(festival.code()), FESTIVAL_ITEMS),
                count,
                cover.url(),
                cover.width(),
                cover.height());
    }

    /** One grouped count for all festivals; a cover query only for those that have items. */
    private List<MiniFestival> festivalCalendar(int year) {
        Map<String, Long> counts = published.festivalItemCounts();
        String base = published.publicBaseUrl();
        return festivals.year(year).stream()
                .map(f -> {
                    long count = counts.getOrDefault(f.code(), 0L);
                    PublicImage cover = count > 0
                            ? published.festivalCover(f.code(), f.name())
                            : published.fallbackCover(base, f.name());
                    return MiniFestival.of(f, count, cover);
                })
                .toList();
    }

    /**
     * The cached answer of a read; a read that fails (an item not visible) is not cached. Keyed by the public
     * base URL, which every URL inside starts with (see the class comment). The bytes are those the JSON
     * message converter would have written: it uses the same mapper.
     */
    private ResponseEntity<byte[]> json(HttpServletRequest request, String key, Supplier<Object> read) {
        String cacheKey = MiniReadKeys.body(published.publicBaseUrl(), key);
        EncodedBody body = cache.get(cacheKey, () -> EncodedBody.of(serialise(read.get())));
        return answer(body, request);
    }

    /** The answer of a cached read; {@link MiniReadFastPath} sends the same one for a cache hit. */
    static ResponseEntity<byte[]> answer(EncodedBody body, HttpServletRequest request) {
        return body.answer(request, new HttpHeaders(), MediaType.APPLICATION_JSON);
    }

    private byte[] serialise(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise a public read", e);
        }
    }

    /**
     * The list's shape for the API description only, under the name the description has always given it:
     * an annotation cannot name the generic {@code CursorPage<PublicContentCard>}.
     */
    @Schema(name = "CursorPagePublicContentCard")
    private record CardPage(List<PublicContentCard> items, String nextCursor) {}
}
