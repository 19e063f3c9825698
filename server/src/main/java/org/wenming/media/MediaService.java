package org.wenming.media;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.wenming.audit.AuditService;
import org.wenming.common.error.ApiException;
import org.wenming.common.error.ErrorCode;
import org.wenming.common.security.Actor;
import org.wenming.org.OrgUnit;
import org.wenming.org.OrgUnitService;

/**
 * Uploads, lookups and who may use what. An upload is spooled to a temporary file (one pass: size limit,
 * hash, markup scan), inspected, written to storage, and only then recorded; storage failure answers 503
 * with no row, and a failed row removes the objects it had just written (the janitor collects anything
 * left). Editors may use media uploaded by their own unit, by units above it (material shared down the
 * tree) or below it, and any media that published content shows. Every audio upload queues its renditions
 * (made in the background by {@link RenditionWorker}).
 */
@Service
public class MediaService implements MediaCatalog {

    private static final Logger log = LoggerFactory.getLogger(MediaService.class);

    private final MediaStorage storage;
    private final MediaObjectMapper mapper;
    private final MediaInspector inspector;
    private final MediaVisibility visibility;
    private final MediaProperties properties;
    private final RenditionWorker renditionWorker;
    private final AudioRenditions renditions;
    private final OrgUnitService units;
    private final AuditService audit;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Cache<String, MediaObject> known =
            Caffeine.newBuilder().maximumSize(10_000).build();

    public MediaService(
            MediaStorage storage,
            MediaObjectMapper mapper,
            MediaInspector inspector,
            MediaVisibility visibility,
            MediaProperties properties,
            RenditionWorker renditionWorker,
            AudioRenditions renditions,
            OrgUnitService units,
            AuditService audit,
            TransactionTemplate transactions,
            Clock clock) {
        this.storage = storage;
        this.mapper = mapper;
        this.inspector = inspector;
        this.visibility = visibility;
        this.properties = properties;
        this.renditionWorker = renditionWorker;
        this.renditions = renditions;
        this.units = units;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Optional<MediaInfo> find(String key) {
        return object(key).map(MediaObject::info);
    }

    /** Rows never change once written (the key is the content), so found rows are kept in memory. */
    Optional<MediaObject> object(String key) {
        if (!MediaKeys.isKey(key)) {
            return Optional.empty();
        }
        MediaObject cached = known.getIfPresent(key);
        if (cached != null) {
            return Optional.of(cached);
        }
        MediaObject row = mapper.findByKey(key);
        if (row != null) {
            known.put(key, row);
        }
        return Optional.ofNullable(row);
    }

    /** Uploads by a signed-in editor, recorded for the editor's own unit. */
    public MediaView upload(Actor actor, MediaUse use, String originalName, InputStream body) {
        MediaObject stored = store(use, originalName, body, actor.orgUnitId(), actor.id());
        audit.record(actor, "MEDIA_UPLOAD", "MEDIA", stored.getSha256(), stored.getMediaKey() + " " + originalName);
        return view(stored);
    }

    /** Stores a file of the content pack for the given unit, with no editor. */
    public MediaInfo importFile(long orgUnitId, MediaUse use, String name, InputStream body) {
        return store(use, name, body, orgUnitId, null).info();
    }

    /**
     * A resident's image, inspected exactly as editors' images are (type from the bytes, no markup, nothing
     * appended, bounded decoding) and then re-encoded, so no metadata or hidden payload is ever stored.
     */
    public CleanImage cleanImage(InputStream body, long maxSize) {
        try (MediaSpool spool = MediaSpool.read(body, maxSize)) {
            return inspector.reencode(spool.file(), inspector.inspect(spool, MediaUse.IMAGE));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot spool upload", e);
        }
    }

    public MediaView view(String key, Actor actor) {
        return readable(actor, key)
                .map(r -> view(r.object()))
                .orElseThrow(() -> new ApiException(ErrorCode.MEDIA_NOT_FOUND));
    }

    /**
     * The media behind a key that content is about to reference, checked for existence, kind and scope.
     * With a null actor (imports, and keys an item already had) only existence and kind are checked.
     */
    public MediaInfo requireUsable(Actor actor, String key, MediaUse use, String field) {
        MediaInfo info = find(key)
                .filter(i -> use == MediaUse.AUDIO ? i.isAudio() : i.isImage())
                .filter(i -> actor == null || usableBy(actor, key) || visibility.isPublic(key))
                .orElseThrow(() -> new ApiException(
                        ErrorCode.MEDIA_REFERENCE_INVALID,
                        (use == MediaUse.AUDIO ? "音频" : "图片") + "引用无效：请先上传文件，且只能使用本单位可用的媒体",
                        Map.of("errors", List.of(Map.of("field", field, "message", "媒体文件不存在、类型不符或不在本单位可用范围内")))));
        return info;
    }

    /** Anonymous readers see what published content shows; editors also see what their scope may use. */
    Optional<Readable> readable(Actor actor, String key) {
        return object(key).flatMap(o -> {
            boolean isPublic = visibility.isPublic(key);
            return isPublic || (actor != null && usableBy(actor, key))
                    ? Optional.of(new Readable(o, isPublic))
                    : Optional.empty();
        });
    }

    record Readable(MediaObject object, boolean isPublic) {}

    private boolean usableBy(Actor actor, String key) {
        Map<Long, OrgUnit> byId = units.byId();
        return mapper.uploaderUnits(key).stream()
                .map(byId::get)
                .filter(u -> u != null)
                .anyMatch(u -> actor.covers(u.getPath()) || actor.orgUnitPath().startsWith(u.getPath()));
    }

    private MediaObject store(MediaUse use, String originalName, InputStream body, long orgUnitId, Long userId) {
        try (MediaSpool spool = MediaSpool.read(body, properties.maxSize(use))) {
            MediaInspector.Inspection inspection = inspector.inspect(spool, use);
            String key = spool.sha256() + "." + inspection.extension();
            MediaObject existing = mapper.findByKey(key);
            List<String> written =
                    existing != null && storage.stat(key).isPresent() ? List.of() : write(key, spool, inspection);
            MediaObject object = existing != null ? existing : newObject(key, spool, inspection, orgUnitId, userId);
            record(object, existing == null, orgUnitId, userId, originalName, written);
            if (use == MediaUse.AUDIO) {
                renditionWorker.request(key);
            }
            return mapper.findByKey(key);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot spool upload", e);
        } catch (MediaStorage.StorageUnavailableException e) {
            log.warn("Upload refused, storage unavailable: {}", e.getMessage());
            throw new ApiException(ErrorCode.MEDIA_STORAGE_UNAVAILABLE);
        }
    }

    /** Writes thumbnails first and the original last, so an object that exists always has its thumbnails. */
    private List<String> write(String key, MediaSpool spool, MediaInspector.Inspection inspection) throws IOException {
        List<String> written = new ArrayList<>();
        try {
            if (inspection.width() != null) {
                Map<Integer, byte[]> thumbs =
                        inspector.thumbnails(spool.file(), inspection.width(), properties.thumbnailWidths());
                for (Map.Entry<Integer, byte[]> thumb : thumbs.entrySet()) {
                    String name = MediaKeys.thumbnailName(key, thumb.getKey());
                    storage.put(
                            name, new ByteArrayInputStream(thumb.getValue()), thumb.getValue().length, "image/jpeg");
                    written.add(name);
                }
            }
            try (InputStream in = Files.newInputStream(spool.file())) {
                storage.put(key, in, spool.size(), inspection.contentType());
            }
            written.add(key);
            return written;
        } catch (MediaStorage.StorageUnavailableException | IOException e) {
            removeQuietly(written);
            throw e;
        }
    }

    private void record(
            MediaObject object, boolean isNew, long orgUnitId, Long userId, String originalName, List<String> written) {
        try {
            transactions.executeWithoutResult(status -> {
                if (isNew) {
                    try {
                        mapper.insert(object);
                    } catch (DuplicateKeyException sameFileAtOnce) {
                        log.debug("Concurrent upload of {} recorded by another request", object.getMediaKey());
                    }
                }
                if (mapper.countUpload(object.getMediaKey(), orgUnitId) == 0) {
                    mapper.insertUpload(
                            object.getMediaKey(), orgUnitId, userId, truncate(originalName), LocalDateTime.now(clock));
                }
            });
        } catch (RuntimeException e) {
            if (mapper.findByKey(object.getMediaKey()) == null) {
                removeQuietly(written);
            }
            throw e;
        }
    }

    private MediaObject newObject(
            String key, MediaSpool spool, MediaInspector.Inspection inspection, long orgUnitId, Long userId) {
        MediaObject object = new MediaObject();
        object.setMediaKey(key);
        object.setSha256(spool.sha256());
        object.setContentType(inspection.contentType());
        object.setExtension(inspection.extension());
        object.setSizeBytes(spool.size());
        object.setDurationSeconds(inspection.durationSeconds());
        object.setBitrateKbps(inspection.bitrateKbps());
        object.setWidth(inspection.width());
        object.setHeight(inspection.height());
        object.setThumbnailWidths(
                inspection.width() == null
                        ? null
                        : properties.thumbnailWidths().stream()
                                .map(String::valueOf)
                                .collect(Collectors.joining(",")));
        object.setOrgUnitId(orgUnitId);
        object.setCreatedBy(userId);
        object.setCreatedAt(LocalDateTime.now(clock));
        return object;
    }

    private void removeQuietly(List<String> names) {
        for (String name : names) {
            try {
                storage.delete(name);
            } catch (RuntimeException e) {
                log.warn("Could not remove {} after a failed upload; the janitor will collect it", name);
            }
        }
    }

    private MediaView view(MediaObject o) {
        Map<Integer, String> thumbs = new LinkedHashMap<>();
        o.thumbnails().forEach(width -> thumbs.put(width, MediaLinks.thumbnailUrl(o.getMediaKey(), width)));
        return new MediaView(
                o.getMediaKey(),
                MediaLinks.url(o.getMediaKey()),
                o.getContentType(),
                o.getSizeBytes(),
                o.getSha256(),
                o.getDurationSeconds(),
                o.getBitrateKbps(),
                o.getWidth(),
                o.getHeight(),
                thumbs,
                renditions
                        .status(o.getMediaKey())
                        .map(MediaService::renditionStatus)
                        .orElse(null));
    }

    private static RenditionStatus renditionStatus(RenditionJobs.Row row) {
        boolean ready = row.state() == RenditionState.READY;
        return new RenditionStatus(
                row.state(),
                row.failureReason(),
                ready ? RenditionKind.STATION.url(row.mediaKey()) : null,
                ready ? RenditionKind.LIGHT.url(row.mediaKey()) : null);
    }

    private static String truncate(String name) {
        return name == null || name.length() <= 255 ? name : name.substring(0, 255);
    }
}
