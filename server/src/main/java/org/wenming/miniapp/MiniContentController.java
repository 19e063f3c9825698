package org.wenming.miniapp;

import java.time.LocalDate;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wenming.common.config.WenmingProperties;
import org.wenming.common.paging.CursorPage;
import org.wenming.common.paging.PageLimits;
import org.wenming.content.ContentKind;
import org.wenming.content.PublicContentCard;
import org.wenming.content.PublicContentDetail;
import org.wenming.content.PublicQuery;
import org.wenming.content.PublishedContent;
import org.wenming.festival.FestivalDate;
import org.wenming.festival.FestivalService;
import org.wenming.org.OrgUnitNode;
import org.wenming.org.OrgUnitService;

/** Anonymous reads of the mini program; only published content inside its window ever appears here. */
@RestController
@RequestMapping("/api/mini/v1")
public class MiniContentController {

    private static final int HOME_FEATURED = 5;
    private static final int HOME_LATEST_PER_KIND = 4;
    private static final int FESTIVAL_ITEMS = 10;

    private final PublishedContent published;
    private final FestivalService festivals;
    private final OrgUnitService units;
    private final WenmingProperties properties;
    private final Clock clock;

    public MiniContentController(PublishedContent published, FestivalService festivals, OrgUnitService units,
                                 WenmingProperties properties, Clock clock) {
        this.published = published;
        this.festivals = festivals;
        this.units = units;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping("/home")
    public MiniHome home() {
        Map<ContentKind, List<PublicContentCard>> latest = new EnumMap<>(ContentKind.class);
        for (ContentKind kind : ContentKind.values()) {
            latest.put(kind, published.latest(PublicQuery.ofKind(kind), HOME_LATEST_PER_KIND));
        }
        return new MiniHome(published.featured(HOME_FEATURED), latest, upcoming());
    }

    @GetMapping("/contents")
    public CursorPage<PublicContentCard> list(
            @RequestParam(required = false) ContentKind kind,
            @RequestParam(required = false) String tag,
            @RequestParam(required = false) String column,
            @RequestParam(required = false) Long orgUnitId,
            @RequestParam(required = false) String language,
            @RequestParam(required = false) String festival,
            @RequestParam(required = false) String cursor,
            @RequestParam(defaultValue = "20") int size) {
        PageLimits.checkSize(size, properties.mini().maxPageSize());
        return published.list(new PublicQuery(kind, tag, column, orgUnitId, language, festival), cursor, size);
    }

    @GetMapping("/contents/{id}")
    public PublicContentDetail detail(@PathVariable long id) {
        return published.detail(id);
    }

    @GetMapping("/festivals")
    public List<FestivalDate> festivals(@RequestParam(required = false) Integer year) {
        return festivals.year(year == null ? LocalDate.now(clock).getYear() : year);
    }

    @GetMapping("/festivals/upcoming")
    public UpcomingFestival upcoming() {
        return festivals.upcoming()
                .map(f -> new UpcomingFestival(f, published.latest(PublicQuery.ofFestival(f.code()), FESTIVAL_ITEMS)))
                .orElse(null);
    }

    @GetMapping("/org-units")
    public List<OrgUnitNode> orgUnits() {
        return units.tree();
    }
}
