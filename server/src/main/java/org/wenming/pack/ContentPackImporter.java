package org.wenming.pack;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import org.wenming.common.config.WenmingProperties;
import org.wenming.content.AudioFields;
import org.wenming.content.BrandProjectFields;
import org.wenming.content.ContentFields;
import org.wenming.content.ContentKind;
import org.wenming.content.ContentService;
import org.wenming.content.FestivalFields;
import org.wenming.content.PosterFields;
import org.wenming.media.MediaService;
import org.wenming.media.MediaUse;
import org.wenming.org.OrgUnit;
import org.wenming.org.OrgUnitRequest;
import org.wenming.org.OrgUnitService;

/**
 * Imports the content pack: the organisation tree (upserted by code) and sample items with their sample
 * media (inserted once by import key, as published sample content). Running it again changes nothing that
 * is already there. One transaction: a pack with an invalid item imports nothing (stored media files it
 * wrote are orphans the media janitor removes).
 */
@Service
class ContentPackImporter {

    private static final Logger log = LoggerFactory.getLogger(ContentPackImporter.class);
    static final String CLASSPATH_PACK = "content-pack/";
    private static final String UNIT_CODE = "[a-z0-9][a-z0-9-]{0,63}";

    private final OrgUnitService units;
    private final ContentService contents;
    private final MediaService media;
    private final Validator validator;
    private final WenmingProperties.ContentPack settings;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
            .registerModule(new JavaTimeModule())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    public ContentPackImporter(
            OrgUnitService units,
            ContentService contents,
            MediaService media,
            Validator validator,
            WenmingProperties properties,
            JdbcTemplate jdbc,
            Clock clock) {
        this.units = units;
        this.contents = contents;
        this.media = media;
        this.validator = validator;
        this.settings = properties.contentPack();
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Imports the pack unless this very pack (its files, by {@link #fingerprint()}) was the
     * last one imported into this database: a restart with nothing new costs no import.
     */
    public Optional<ImportReport> importIfChanged() {
        String fingerprint = fingerprint();
        if (fingerprint.equals(lastImported())) {
            log.info("Content pack unchanged since its last import: not imported again");
            return Optional.empty();
        }
        ImportReport report = importPack();
        jdbc.update("DELETE FROM content_pack_import WHERE id = 1");
        jdbc.update(
                "INSERT INTO content_pack_import (id, fingerprint, imported_at) VALUES (1, ?, ?)",
                fingerprint,
                Timestamp.valueOf(LocalDateTime.now(clock)));
        return Optional.of(report);
    }

    private String lastImported() {
        return jdbc.queryForList("SELECT fingerprint FROM content_pack_import WHERE id = 1", String.class).stream()
                .findFirst()
                .orElse(null);
    }

    /**
     * SHA-256 of the pack's three files. Sample media need no part in it: a file is attached only when the item
     * naming it is first imported, and a new item changes {@code contents.yaml}. Listing them inside the nested
     * jar was the only I/O of an unchanged start.
     */
    String fingerprint() {
        MessageDigest digest = sha256();
        for (String name : List.of("org-units.yaml", "brand-projects.yaml", "contents.yaml")) {
            try (InputStream in = open(name)) {
                digest.update(in.readAllBytes());
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read content pack file " + name, e);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Transactional
    public ImportReport importPack() {
        PackFiles.UnitsFile unitsFile = read("org-units.yaml", PackFiles.UnitsFile.class);
        int unitCount = 0;
        for (PackFiles.UnitEntry root : unitsFile.units()) {
            unitCount += importUnit(null, root, 0);
        }
        int added = importItems(read("brand-projects.yaml", PackFiles.ItemsFile.class), ContentKind.BRAND_PROJECT)
                + importItems(read("contents.yaml", PackFiles.ItemsFile.class), null);
        ImportReport report = new ImportReport(unitCount, added);
        log.info("Content pack imported: {} org units, {} new items", report.orgUnits(), report.newItems());
        return report;
    }

    private int importUnit(OrgUnit parent, PackFiles.UnitEntry entry, int sortOrder) {
        if (entry.code() == null || !entry.code().matches(UNIT_CODE)) {
            throw new IllegalStateException("Invalid org unit code in content pack: " + entry.code());
        }
        OrgUnitRequest request = new OrgUnitRequest(
                parent == null ? null : parent.getId(),
                entry.code(),
                entry.name(),
                entry.nameMn(),
                entry.type(),
                sortOrder);
        OrgUnit unit = units.importUnit(parent, request, Boolean.TRUE.equals(entry.sample()));
        int count = 1;
        List<PackFiles.UnitEntry> children = entry.children() == null ? List.of() : entry.children();
        for (int i = 0; i < children.size(); i++) {
            count += importUnit(unit, children.get(i), i);
        }
        return count;
    }

    private int importItems(PackFiles.ItemsFile file, ContentKind defaultKind) {
        int added = 0;
        for (PackFiles.ItemEntry item : file.items()) {
            if (contents.isImported(item.importKey())) {
                continue;
            }
            ContentFields fields = toFields(item, item.kind() != null ? item.kind() : defaultKind);
            Set<ConstraintViolation<ContentFields>> violations = validator.validate(fields);
            if (!violations.isEmpty()) {
                throw new IllegalStateException("Content pack item " + item.importKey() + " is invalid: "
                        + violations.stream()
                                .map(v -> v.getPropertyPath() + " " + v.getMessage())
                                .collect(Collectors.joining("; ")));
            }
            if (contents.importPublished(null, item.importKey(), fields)) {
                added++;
            }
        }
        return added;
    }

    /**
     * Sample media are found by name: {@code media/<importKey>.mp3} (or .m4a, .wav) is an audio item's file,
     * {@code media/<importKey>.jpg} (or .png, .webp) a poster's image or another item's cover. Items whose
     * file is absent are imported without media (scripts/generate-sample-media.sh makes them).
     */
    private ContentFields toFields(PackFiles.ItemEntry item, ContentKind kind) {
        long unitId = unitId(item.orgUnit());
        String audio = kind == ContentKind.AUDIO ? attach(item, unitId, MediaUse.AUDIO, "mp3", "m4a", "wav") : null;
        String image = kind != ContentKind.AUDIO ? attach(item, unitId, MediaUse.IMAGE, "jpg", "png", "webp") : null;
        String poster = kind == ContentKind.POSTER ? image : null;
        String cover = kind == ContentKind.POSTER ? null : image;
        return new ContentFields(
                kind,
                item.title(),
                item.summary(),
                item.body(),
                cover,
                item.language(),
                item.column(),
                unitId,
                item.tags(),
                item.featured(),
                new AudioFields(audio, item.durationSeconds(), item.transcript(), item.theme()),
                new PosterFields(poster, item.quote(), item.quoteSource(), item.interpretation()),
                new FestivalFields(item.festivalCode(), item.activityTime(), item.activityPlace()),
                new BrandProjectFields(
                        item.ownerUnit() == null ? null : unitId(item.ownerUnit()),
                        item.volunteerTeam(),
                        item.activityCount(),
                        item.servedCount(),
                        null,
                        item.year(),
                        item.origin()),
                null);
    }

    private String attach(PackFiles.ItemEntry item, long unitId, MediaUse use, String... extensions) {
        for (String extension : extensions) {
            String name = "media/" + item.importKey() + "." + extension;
            try (InputStream in = openOptional(name)) {
                if (in != null) {
                    return media.importFile(unitId, use, name, in).key();
                }
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read content pack file " + name, e);
            }
        }
        return null;
    }

    private InputStream openOptional(String name) throws IOException {
        if (StringUtils.hasText(settings.location())) {
            Path path = Path.of(settings.location(), name);
            return Files.isRegularFile(path) ? Files.newInputStream(path) : null;
        }
        ClassPathResource resource = new ClassPathResource(CLASSPATH_PACK + name);
        return resource.exists() ? resource.getInputStream() : null;
    }

    private Long unitId(String code) {
        return units.findByCode(code)
                .orElseThrow(() -> new IllegalStateException("Content pack names unknown org unit " + code))
                .getId();
    }

    private <T> T read(String name, Class<T> type) {
        try (InputStream in = open(name)) {
            return yaml.readValue(in, type);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read content pack file " + name, e);
        }
    }

    private InputStream open(String name) throws IOException {
        if (StringUtils.hasText(settings.location())) {
            return Files.newInputStream(Path.of(settings.location(), name));
        }
        return new ClassPathResource(CLASSPATH_PACK + name).getInputStream();
    }

    public record ImportReport(int orgUnits, int newItems) {}
}
