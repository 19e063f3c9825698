package org.wenming.content;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
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
import org.wenming.common.security.Actor;
import org.wenming.org.OrgUnit;
import org.wenming.org.OrgUnitService;
import org.wenming.org.OrgUnitType;

/** Read-only figures of the console's dashboard, always limited to the actor's org scope. */
@Service
public class ContentStatsService {

    private static final Set<OrgUnitType> TOWNSHIP_LEVEL = EnumSet.of(OrgUnitType.TOWNSHIP, OrgUnitType.SUBDISTRICT);
    /** Statuses of a project still on its way to residents; OFFLINE ones count for nothing. */
    private static final Set<ContentStatus> IN_PROGRESS = EnumSet.of(ContentStatus.DRAFT, ContentStatus.SUBMITTED,
            ContentStatus.REJECTED, ContentStatus.APPROVED, ContentStatus.SCHEDULED);

    private final StatsMapper stats;
    private final ContentMapper contents;
    private final OrgUnitService units;
    private final ContentTargets targets;

    public ContentStatsService(StatsMapper stats, ContentMapper contents, OrgUnitService units, ContentTargets targets) {
        this.stats = stats;
        this.contents = contents;
        this.units = units;
        this.targets = targets;
    }

    public ContentStats countByKindAndStatus(Actor actor) {
        List<ContentStats.Count> counts = stats.countByKindAndStatus(actor.orgUnitPath() + "%").stream()
                .map(row -> new ContentStats.Count(row.kind(), row.kind().label(), row.status(), row.status().label(),
                        row.itemCount()))
                .sorted(Comparator.comparing(ContentStats.Count::kind).thenComparing(ContentStats.Count::status))
                .toList();
        return new ContentStats(counts, counts.stream().mapToLong(ContentStats.Count::count).sum());
    }

    /**
     * Every township, subdistrict and department in the actor's scope with its brand projects. A township
     * counts the projects published by it or any unit below it; a department counts the projects it is
     * responsible for (owner unit) or published itself. Only projects inside the actor's scope are counted.
     */
    public List<BrandProjectTarget> brandProjectTargets(Actor actor) {
        Map<Long, OrgUnit> byId = units.byId();
        List<Content> projects = contents.selectList(new LambdaQueryWrapper<Content>()
                        .select(Content::getId, Content::getOrgUnitId, Content::getOwnerUnitId, Content::getStatus)
                        .eq(Content::getKind, ContentKind.BRAND_PROJECT))
                .stream()
                .filter(c -> actor.covers(byId.get(c.getOrgUnitId()).getPath()))
                .toList();
        List<BrandProjectTarget> rows = new ArrayList<>();
        for (OrgUnit unit : sorted(byId, actor)) {
            if (TOWNSHIP_LEVEL.contains(unit.getType())) {
                rows.add(row(unit, targets.brandProjectsPerTownship(), projects,
                        c -> byId.get(c.getOrgUnitId()).getPath().startsWith(unit.getPath())));
            } else if (unit.getType() == OrgUnitType.DEPARTMENT) {
                rows.add(row(unit, targets.brandProjectsPerDepartment(), projects,
                        c -> unit.getId().equals(c.getOwnerUnitId()) || unit.getId().equals(c.getOrgUnitId())));
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
        long published = projects.stream().filter(counts)
                .filter(c -> c.getStatus() == ContentStatus.PUBLISHED).count();
        long inProgress = projects.stream().filter(counts).filter(c -> IN_PROGRESS.contains(c.getStatus())).count();
        return new BrandProjectTarget(unit.getId(), unit.getName(), unit.getType(), unit.getType().label(), target,
                published, inProgress, published < target);
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
    }

    public record KindStatusCount(ContentKind kind, ContentStatus status, long itemCount) {
    }
}
