package org.wenming.pack;

import java.time.LocalDateTime;
import java.util.List;
import org.wenming.content.ContentKind;
import org.wenming.content.ProjectOrigin;
import org.wenming.org.OrgUnitType;

/** The YAML shapes of the content pack in {@code content/}. */
final class PackFiles {

    private PackFiles() {}

    record UnitsFile(List<UnitEntry> units) {}

    record UnitEntry(
            String code, String name, String nameMn, OrgUnitType type, Boolean sample, List<UnitEntry> children) {}

    record ItemsFile(List<ItemEntry> items) {}

    /** One item; {@code kind} defaults to the file's kind (brand-projects.yaml holds only brand projects). */
    record ItemEntry(
            String importKey,
            ContentKind kind,
            String title,
            String summary,
            String body,
            String orgUnit,
            String column,
            String language,
            List<String> tags,
            Boolean featured,
            Boolean sample,
            String transcript,
            String theme,
            Integer durationSeconds,
            String quote,
            String quoteSource,
            String interpretation,
            String festivalCode,
            LocalDateTime activityTime,
            String activityPlace,
            String ownerUnit,
            String volunteerTeam,
            Integer activityCount,
            Integer servedCount,
            Integer year,
            ProjectOrigin origin) {}
}
