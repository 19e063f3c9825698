package org.wenming.content;

import static org.wenming.content.ContentFields.MEDIA_KEY;
import static org.wenming.content.ContentFields.MEDIA_KEY_MESSAGE;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.wenming.content.ContentCompleteness.Requirement;

/** A volunteer-service brand project: who runs it, what it has done, its photos, year and origin. */
public record BrandProjectFields(
        Long ownerUnitId,
        @Size(max = 100) String volunteerTeam,
        @Min(0) @Max(10_000_000) Integer activityCount,
        @Min(0) @Max(100_000_000) Integer servedCount,
        @Size(max = 30) List<@NotNull @Pattern(regexp = MEDIA_KEY, message = MEDIA_KEY_MESSAGE) String> galleryKeys,
        @Min(2000) @Max(2100) Integer projectYear,
        ProjectOrigin origin)
        implements KindFields {

    static final BrandProjectFields NONE = new BrandProjectFields(null, null, null, null, null, null, null);

    /** {@code galleryKeys} comes decoded, as the entity keeps them as a JSON array. */
    static BrandProjectFields of(Content c, List<String> galleryKeys) {
        return new BrandProjectFields(
                c.getOwnerUnitId(),
                c.getVolunteerTeam(),
                c.getActivityCount(),
                c.getServedCount(),
                galleryKeys,
                c.getProjectYear(),
                c.getOrigin());
    }

    /** Writes every column but the gallery, whose JSON encoding the service owns. */
    void writeTo(Content c) {
        c.setOwnerUnitId(ownerUnitId);
        c.setVolunteerTeam(volunteerTeam);
        c.setActivityCount(activityCount);
        c.setServedCount(servedCount);
        c.setProjectYear(projectYear);
        c.setOrigin(origin);
    }

    @Override
    public List<Requirement> requirements() {
        return List.of(
                new Requirement("volunteerTeam", "志愿服务队", volunteerTeam),
                new Requirement("projectYear", "年度", projectYear),
                new Requirement("origin", "项目来源", origin));
    }
}
