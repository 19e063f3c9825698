package org.wenming.content;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.springframework.stereotype.Service;
import org.wenming.common.error.ApiException;
import org.wenming.common.error.ErrorCode;
import org.wenming.common.security.Actor;
import org.wenming.org.OrgUnit;
import org.wenming.org.OrgUnitService;
import org.wenming.org.OrgUnitType;

/** Read-only figures of the console's dashboard, always limited to the actor's org scope. */
@Service
class ContentStatsService {

    private static final Set<OrgUnitType> TOWNSHIP_LEVEL = EnumSet.of(OrgUnitType.TOWNSHIP, OrgUnitType.SUBDISTRICT);
    /** Statuses of a project still on its way to residents; OFFLINE ones count for nothing. */
    private static final Set<ContentStatus> IN_PROGRESS = EnumSet.of(
            ContentStatus.DRAFT,
            ContentStatus.SUBMITTED,
            ContentStatus.REJECTED,
            ContentStatus.APPROVED,
            ContentStatus.SCHEDULED);

    private static final int MAX_TREND_WEEKS = 52;

    private final StatsMapper stats;
    private final ContentMapper contents;
    private final OrgUnitService units;
    private final ContentTargets targets;
    private final Clock clock;

    public ContentStatsService(
            StatsMapper stats, ContentMapper contents, OrgUnitService units, ContentTargets targets, Clock clock) {
        this.stats = stats;
        this.contents = contents;
        this.units = units;
        this.targets = targets;
        this.clock = clock;
    }

    public ContentStats countByKindAndStatus(Actor actor) {
        List<ContentStats.Count> counts = stats.countByKindAndStatus(actor.orgUnitPath() + "%").stream()
                .map(row -> new ContentStats.Count(
                        row.kind(),
                        row.kind().label(),
                        row.status(),
                        row.status().label(),
                        row.itemCount()))
                .sorted(Comparator.comparing(ContentStats.Count::kind).thenComparing(ContentStats.Count::status))
                .toList();
        return new ContentStats(
                counts, counts.stream().mapToLong(ContentStats.Count::count).sum());
    }

    /**
     * Publishes, favourites and views per week over the last {@code weeks} weeks up to the current one, in the
     * office's calendar. Each figure is read per day and summed into weeks here, which keeps the SQL the same
     * on H2 and MariaDB (their week functions differ).
     */
    public ContentTrends weeklyTrends(Actor actor, int weeks) {
        if (weeks < 1 || weeks > MAX_TREND_WEEKS) {
            throw new ApiException(ErrorCode.INVALID_PARAMETER, "周数须在 1 到 " + MAX_TREND_WEEKS + " 之间");
        }
        LocalDate thisWeek = LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate first = thisWeek.minusWeeks(weeks - 1L);
        LocalDate end = thisWeek.plusWeeks(1);
        String scope = actor.orgUnitPath() + "%";
        LocalDateTime from = first.atStartOfDay();
        LocalDateTime to = end.atStartOfDay();
        long[] published = perWeek(stats.publishesPerDay(scope, from, to), first, weeks);
        long[] favourites = perWeek(stats.favouritesPerDay(scope, from, to), first, weeks);
        long[] views = perWeek(stats.viewsPerDay(scope, first, end), first, weeks);
        List<ContentTrends.Week> rows = new ArrayList<>(weeks);
        for (int i = 0; i < weeks; i++) {
            rows.add(new ContentTrends.Week(first.plusWeeks(i), published[i], favourites[i], views[i]));
        }
        return new ContentTrends(rows);
    }

    private static long[] perWeek(List<DayCount> days, LocalDate first, int weeks) {
        long[] sums = new long[weeks];
        for (DayCount day : days) {
            sums[(int) (ChronoUnit.DAYS.between(first, day.onDay()) / 7)] += day.amount();
        }
        return sums;
    }

    /**
     * Every township, subdistrict and department in the actor's scope with its brand projects. A township
     * counts the projects published by it or any unit below it; a department counts the projects it is
     * responsible for (owner unit) or published itself. Only projects inside the actor's scope are counted.
     */
    public List<BrandProjectTarget> brandProjectTargets(Actor actor) {
        Map<Long, OrgUnit> byId = units.byId();
        List<Content> projects = contents
                .selectList(new LambdaQueryWrapper<Content>()
                        .select(Content::getId, Content::getOrgUnitId, Content::getOwnerUnitId, Content::getStatus)
                        .eq(Content::getKind, ContentKind.BRAND_PROJECT))
                .stream()
                .filter(c -> actor.covers(byId.get(c.getOrgUnitId()).getPath()))
                .toList();
        List<BrandProjectTarget> rows = new ArrayList<>();
        for (OrgUnit unit : sorted(byId, actor)) {
            if (TOWNSHIP_LEVEL.contains(unit.getType())) {
                rows.add(row(
                        unit,
                        targets.brandProjectsPerTownship(),
                        projects,
                        c -> byId.get(c.getOrgUnitId()).getPath().startsWith(unit.getPath())));
            } else if (unit.getType() == OrgUnitType.DEPARTMENT) {
                rows.add(row(
                        unit,
                        targets.brandProjectsPerDepartment(),
                        projects,
                        c -> unit.getId().equals(c.getOwnerUnitId())
                                || unit.getId().equals(c.getOrgUnitId())));
            }
        }
        return rows;
    }

    private static List<OrgUnit> sorted(Map<Long, OrgUnit> byId, Actor actor) {
        return byId.values().stream()
                .filter(u -> actor.covers(u.getPath()))
                .sorted(Comparator.comparing((OrgUnit u) -> u.getSortOrder() == null ? 0 : u.getSortOrder())
                        .thenComparing(OrgUnit::getId))
                .toList();
    }

    private static BrandProjectTarget row(OrgUnit unit, int target, List<Content> projects, Predicate<Content> counts) {
        long published = projects.stream()
                .filter(counts)
                .filter(c -> c.getStatus() == ContentStatus.PUBLISHED)
                .count();
        long inProgress = projects.stream()
                .filter(counts)
                .filter(c -> IN_PROGRESS.contains(c.getStatus()))
                .count();
        return new BrandProjectTarget(
                unit.getId(),
                unit.getName(),
                unit.getType(),
                unit.getType().label(),
                target,
                published,
                inProgress,
                published < target);
    }

    @Mapper
    public interface StatsMapper {

        @Select("""
                SELECT c.kind, c.status, COUNT(*) AS item_count
                FROM content c JOIN org_unit u ON u.id = c.org_unit_id
                WHERE c.deleted = 0 AND u.path LIKE #{pathPrefix}
                GROUP BY c.kind, c.status
                """)
        List<KindStatusCount> countByKindAndStatus(@Param("pathPrefix") String pathPrefix);

        /**
         * Every move into PUBLISHED counts, so an item taken offline and published again counts twice; steps of a
         * published item that leave it published (an edit and its review) are no publication.
         */
        @Select("""
                SELECT CAST(t.created_at AS DATE) AS on_day, COUNT(*) AS amount
                FROM content_transition t JOIN content c ON c.id = t.content_id JOIN org_unit u ON u.id = c.org_unit_id
                WHERE t.to_status = 'PUBLISHED' AND t.from_status <> 'PUBLISHED'
                  AND t.created_at >= #{from} AND t.created_at < #{to}
                  AND c.deleted = 0 AND u.path LIKE #{pathPrefix}
                GROUP BY CAST(t.created_at AS DATE)
                """)
        List<DayCount> publishesPerDay(
                @Param("pathPrefix") String pathPrefix,
                @Param("from") LocalDateTime from,
                @Param("to") LocalDateTime to);

        @Select("""
                SELECT CAST(f.created_at AS DATE) AS on_day, COUNT(*) AS amount
                FROM resident_favourite f JOIN content c ON c.id = f.content_id JOIN org_unit u ON u.id = c.org_unit_id
                WHERE f.created_at >= #{from} AND f.created_at < #{to} AND c.deleted = 0 AND u.path LIKE #{pathPrefix}
                GROUP BY CAST(f.created_at AS DATE)
                """)
        List<DayCount> favouritesPerDay(
                @Param("pathPrefix") String pathPrefix,
                @Param("from") LocalDateTime from,
                @Param("to") LocalDateTime to);

        @Select("""
                SELECT v.view_date AS on_day, SUM(v.views) AS amount
                FROM content_view_day v JOIN content c ON c.id = v.content_id JOIN org_unit u ON u.id = c.org_unit_id
                WHERE v.view_date >= #{from} AND v.view_date < #{to} AND c.deleted = 0 AND u.path LIKE #{pathPrefix}
                GROUP BY v.view_date
                """)
        List<DayCount> viewsPerDay(
                @Param("pathPrefix") String pathPrefix, @Param("from") LocalDate from, @Param("to") LocalDate to);
    }

    public record DayCount(LocalDate onDay, long amount) {}

    public record KindStatusCount(ContentKind kind, ContentStatus status, long itemCount) {}
}
