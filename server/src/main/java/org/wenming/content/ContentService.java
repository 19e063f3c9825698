package org.wenming.content;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.beans.BeanUtils;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import org.wenming.audit.AuditService;
import org.wenming.common.error.ApiException;
import org.wenming.common.error.ErrorCode;
import org.wenming.common.http.CsvFile;
import org.wenming.common.paging.PageResult;
import org.wenming.common.security.Actor;
import org.wenming.common.security.Role;
import org.wenming.festival.FestivalService;
import org.wenming.festival.FestivalUsage;
import org.wenming.media.MediaInfo;
import org.wenming.media.MediaService;
import org.wenming.media.MediaUse;
import org.wenming.org.OrgUnit;
import org.wenming.org.OrgUnitService;
import org.wenming.org.OrgUnitUsage;

/**
 * Editing of content items inside the actor's org scope. Items outside the scope answer as if they did not
 * exist, so ids reveal nothing across townships.
 */
@Service
public class ContentService implements OrgUnitUsage, FestivalUsage {

    private static final TypeReference<List<String>> STRING_LIST = new TypeReference<>() {};
    private static final int EXPORT_BATCH = 500;

    private final ContentMapper mapper;
    private final ContentTagMapper tagMapper;
    private final ContentHistory history;
    private final OrgUnitService units;
    private final FestivalService festivals;
    private final RichTextSanitizer sanitizer;
    private final AuditService audit;
    private final ObjectMapper json;
    private final MediaService media;
    private final ReviewSettings reviewSettings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public ContentService(
            ContentMapper mapper,
            ContentTagMapper tagMapper,
            ContentHistory history,
            OrgUnitService units,
            FestivalService festivals,
            RichTextSanitizer sanitizer,
            AuditService audit,
            ObjectMapper json,
            MediaService media,
            ReviewSettings reviewSettings,
            ApplicationEventPublisher events,
            Clock clock) {
        this.mapper = mapper;
        this.tagMapper = tagMapper;
        this.history = history;
        this.units = units;
        this.festivals = festivals;
        this.sanitizer = sanitizer;
        this.audit = audit;
        this.json = json;
        this.media = media;
        this.reviewSettings = reviewSettings;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public boolean isUsed(long orgUnitId) {
        return mapper.exists(new LambdaQueryWrapper<Content>()
                .eq(Content::getOrgUnitId, orgUnitId)
                .or()
                .eq(Content::getOwnerUnitId, orgUnitId));
    }

    @Override
    public boolean isUsed(String festivalCode) {
        return mapper.exists(new LambdaQueryWrapper<Content>().eq(Content::getFestivalCode, festivalCode));
    }

    @Transactional
    public ContentView create(Actor actor, ContentFields fields) {
        LocalDateTime now = LocalDateTime.now(clock);
        Content content = new Content();
        content.setKind(fields.kind());
        content.setStatus(ContentStatus.DRAFT);
        content.setReviewLevels(1);
        content.setReviewStage(0);
        content.setSampleData(false);
        content.setVersion(1);
        content.setDeleted(0);
        content.setCreatedBy(actor.id());
        content.setCreatedAt(now);
        apply(actor, content, fields);
        mapper.insert(content);
        saveTags(content.getId(), fields.tags());
        history.transition(content, "CREATE", "NEW", ContentStatus.DRAFT, null, actor);
        history.revision(content, fieldsOf(content), actor);
        audit.recordInUnit(
                actor, "CONTENT_CREATE", "CONTENT", content.getId(), content.getOrgUnitId(), content.getTitle());
        return view(content);
    }

    /**
     * Saves an edit made on top of {@code fields.version()}; a stale version is refused so no edit silently
     * overwrites another. Reviewed or published items may only be corrected by reviewers and administrators,
     * and no edit of reviewed text skips review ({@link WorkflowRules#effectOfEdit}): an edited offline item
     * goes back to draft, an approved or scheduled one back to review, and an edit of a published item waits
     * as a pending revision while residents keep seeing the live version.
     */
    @Transactional
    public ContentView update(Actor actor, long id, ContentFields fields) {
        Content content = requireInScope(actor, id);
        if (fields.version() == null) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "修改内容必须提供当前版本号 version");
        }
        if (fields.kind() != content.getKind()) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "内容类型创建后不能修改");
        }
        requireEditable(actor, content);
        history.pendingRevision(id).ifPresent(this::supersede);
        WorkflowRules.EditEffect effect = WorkflowRules.effectOfEdit(content.getStatus());
        return effect == WorkflowRules.EditEffect.PENDING_REVISION
                ? revise(actor, content, fields)
                : edit(actor, content, fields, effect);
    }

    private ContentView edit(Actor actor, Content content, ContentFields fields, WorkflowRules.EditEffect effect) {
        ContentStatus before = content.getStatus();
        content.setVersion(fields.version());
        apply(actor, content, fields);
        if (effect == WorkflowRules.EditEffect.BACK_TO_DRAFT) {
            content.setStatus(ContentStatus.DRAFT);
        } else if (effect == WorkflowRules.EditEffect.BACK_TO_REVIEW) {
            content.setStatus(ContentStatus.SUBMITTED);
            content.setReviewLevels(reviewSettings.reviewLevels());
            content.setReviewStage(0);
            content.setRejectReason(null);
        }
        if (mapper.updateById(content) == 0) {
            throw new ApiException(ErrorCode.VERSION_CONFLICT);
        }
        saveTags(content.getId(), fields.tags());
        String note = effect == WorkflowRules.EditEffect.BACK_TO_REVIEW ? "审核通过后被修改，需重新审核" : null;
        history.transition(content, WorkflowRules.EDIT, before.name(), content.getStatus(), note, actor);
        history.revision(content, fieldsOf(content), actor);
        audit.recordInUnit(
                actor, "CONTENT_UPDATE", "CONTENT", content.getId(), content.getOrgUnitId(), content.getTitle());
        return view(content);
    }

    /**
     * Keeps an edit of a published item as a pending revision. The item's row keeps the live fields, so
     * what residents, search and the caches read does not change; only its version moves on, so the edit
     * holds a version of its own and a save based on the older one is refused.
     */
    private ContentView revise(Actor actor, Content content, ContentFields fields) {
        Content proposed = new Content();
        BeanUtils.copyProperties(content, proposed);
        apply(actor, proposed, fields);
        LocalDateTime now = LocalDateTime.now(clock);
        if (mapper.advanceVersion(content.getId(), fields.version(), now) == 0) {
            throw new ApiException(ErrorCode.VERSION_CONFLICT);
        }
        content.setVersion(fields.version() + 1);
        content.setUpdatedAt(now);
        proposed.setVersion(content.getVersion());
        ContentRevision revision = history.pendingRevision(
                content, fieldsOf(proposed, normalTags(fields.tags())), actor, reviewSettings.reviewLevels());
        history.revisionStep(content, revision, WorkflowRules.EDIT, "修改已提交审核，审核通过后替换线上版本", actor);
        // Residents still see the live fields, but the row's version moved on: the search index keeps its
        // versions in step with the rows (it re-indexes the same live text under the new version).
        events.publishEvent(new PublicContentChanged(content.getId()));
        audit.recordInUnit(
                actor, "CONTENT_REVISE", "CONTENT", content.getId(), content.getOrgUnitId(), proposed.getTitle());
        return view(content);
    }

    /** A newer edit replaces a pending revision; the replaced one is not reviewed any more. */
    private void supersede(ContentRevision replaced) {
        if (!history.moveRevision(replaced, replaced.getReviewStage(), RevisionReview.SUPERSEDED)) {
            throw new ApiException(ErrorCode.VERSION_CONFLICT);
        }
    }

    /**
     * Makes an approved pending revision the item's text. Its fields were checked when it was saved, so
     * media and scope are only checked to exist; the revision's editor becomes the item's last editor.
     */
    void applyRevision(Content content, ContentRevision revision) {
        ContentFields fields = history.revisionFields(content.getId(), revision.getVersion());
        apply(null, content, fields);
        content.setUpdatedBy(revision.getEditorId());
        if (mapper.updateById(content) == 0) {
            throw new ApiException(ErrorCode.VERSION_CONFLICT);
        }
        saveTags(content.getId(), fields.tags());
        if (content.getStatus() == ContentStatus.PUBLISHED) {
            events.publishEvent(new PublicContentChanged(content.getId()));
        }
    }

    public ContentView get(Actor actor, long id) {
        return view(requireInScope(actor, id));
    }

    public PageResult<ContentView> list(Actor actor, ContentFilter filter, ContentSort sort, int page, int size) {
        Page<Content> result = mapper.selectPage(Page.of(page, size), listed(actor, filter, sort));
        return PageResult.of(result, this::views);
    }

    /**
     * Every item the list shows with these filters, in its order, read a batch at a time while the export is
     * written. The filters are checked now, before anything is sent.
     */
    public CsvFile.Rows<ContentView> export(Actor actor, ContentFilter filter, ContentSort sort) {
        LambdaQueryWrapper<Content> where = listed(actor, filter, sort);
        return sink -> {
            List<Content> batch;
            long page = 1;
            do {
                batch = mapper.selectPage(Page.of(page++, EXPORT_BATCH, false), where)
                        .getRecords();
                views(batch).forEach(sink);
            } while (batch.size() == EXPORT_BATCH);
        };
    }

    private LambdaQueryWrapper<Content> listed(Actor actor, ContentFilter filter, ContentSort sort) {
        if (filter.year() != null) {
            FestivalService.requireCalendarYear(filter.year());
        }
        List<Long> unitIds = unitIdsInScope(actor, filter.orgUnitId());
        String titleLike = StringUtils.hasText(filter.keyword())
                ? PublishedContent.containing(filter.keyword().strip())
                : null;
        return new LambdaQueryWrapper<Content>()
                .in(Content::getOrgUnitId, unitIds)
                .eq(filter.kind() != null, Content::getKind, filter.kind())
                .in(filter.statuses() != null && !filter.statuses().isEmpty(), Content::getStatus, filter.statuses())
                .and(
                        filter.awaitingReview(),
                        w -> w.eq(Content::getStatus, ContentStatus.SUBMITTED)
                                .or()
                                .apply(
                                        "id IN (SELECT content_id FROM content_revision WHERE review_status = {0})",
                                        RevisionReview.PENDING.name()))
                .eq(StringUtils.hasText(filter.language()), Content::getLanguage, filter.language())
                .eq(StringUtils.hasText(filter.festivalCode()), Content::getFestivalCode, filter.festivalCode())
                .apply(
                        filter.year() != null,
                        "COALESCE(activity_time, created_at) >= {0} AND COALESCE(activity_time, created_at) < {1}",
                        yearStart(filter.year()),
                        yearStart(filter.year() == null ? null : filter.year() + 1))
                .eq(StringUtils.hasText(filter.column()), Content::getColumnName, filter.column())
                .apply(titleLike != null, "title LIKE {0}", titleLike)
                .apply(
                        StringUtils.hasText(filter.tag()),
                        "id IN (SELECT content_id FROM content_tag WHERE tag = {0})",
                        filter.tag())
                .orderBy(true, sort.ascending(), sort.column())
                .orderBy(true, sort.ascending(), Content::getId);
    }

    /** Midnight of 1 January of the year, or null for none. */
    private static LocalDateTime yearStart(Integer year) {
        return year == null ? null : LocalDateTime.of(year, 1, 1, 0, 0);
    }

    /** Removes a draft, a rejected or an offline item; published items must be taken offline first. */
    @Transactional
    public void delete(Actor actor, long id) {
        Content content = requireInScope(actor, id);
        if (!content.getStatus().isEditableByEditor()) {
            throw new ApiException(ErrorCode.INVALID_TRANSITION, "只能删除草稿、已退回或已下线的内容");
        }
        mapper.deleteById(id);
        events.publishEvent(new PublicContentChanged(id));
        audit.recordInUnit(actor, "CONTENT_DELETE", "CONTENT", id, content.getOrgUnitId(), content.getTitle());
    }

    public List<RevisionView> revisions(Actor actor, long id) {
        requireInScope(actor, id);
        return history.revisions(id).stream().map(RevisionView::of).toList();
    }

    public ContentFields revision(Actor actor, long id, int version) {
        requireInScope(actor, id);
        return history.revisionFields(id, version);
    }

    /** Restores an old revision as a new edit on top of {@code currentVersion}. */
    @Transactional
    public ContentView restore(Actor actor, long id, int revisionVersion, int currentVersion) {
        requireInScope(actor, id);
        ContentFields old = history.revisionFields(id, revisionVersion);
        ContentFields restored = old.withVersion(currentVersion);
        ContentView view = update(actor, id, restored);
        audit.recordInUnit(actor, "CONTENT_RESTORE", "CONTENT", id, view.orgUnitId(), "恢复到版本 " + revisionVersion);
        return view;
    }

    public List<TransitionView> transitions(Actor actor, long id) {
        requireInScope(actor, id);
        return history.transitions(id).stream().map(TransitionView::of).toList();
    }

    Content requireInScope(Actor actor, long id) {
        Content content = mapper.selectById(id);
        if (content == null || !actor.covers(units.get(content.getOrgUnitId()).getPath())) {
            throw new ApiException(ErrorCode.CONTENT_NOT_FOUND);
        }
        return content;
    }

    ContentView view(Content content) {
        return views(List.of(content)).get(0);
    }

    List<ContentView> views(List<Content> contents) {
        if (contents.isEmpty()) {
            return List.of();
        }
        List<Long> ids = contents.stream().map(Content::getId).toList();
        Map<Long, List<String>> tags = tagsOf(ids);
        Map<Long, ContentRevision> pending = history.pendingRevisions(ids);
        // Only the review queue reads who submitted, and only of items waiting for review.
        Map<Long, ContentTransition> submissions = history.lastSubmissions(contents.stream()
                .filter(c -> c.getStatus() == ContentStatus.SUBMITTED)
                .map(Content::getId)
                .toList());
        Map<Long, String> authors = history.authorNames(ids);
        Map<Long, OrgUnit> byId = units.byId();
        return contents.stream()
                .map(c -> ContentView.of(
                        c,
                        byId.get(c.getOrgUnitId()).getName(),
                        tags.getOrDefault(c.getId(), List.of()),
                        galleryOf(c),
                        authors.get(c.getId()),
                        listImage(c),
                        submissions.get(c.getId()),
                        pending.get(c.getId())))
                .toList();
    }

    /** The image a list shows for an item: its cover, poster image or first gallery image, or null. */
    String listImage(Content content) {
        if (content.getCoverKey() != null) {
            return content.getCoverKey();
        }
        if (content.getImageKey() != null) {
            return content.getImageKey();
        }
        List<String> gallery = galleryOf(content);
        return gallery.isEmpty() ? null : gallery.get(0);
    }

    public Map<Long, List<String>> tagsOf(Collection<Long> contentIds) {
        if (contentIds.isEmpty()) {
            return Map.of();
        }
        return tagMapper.findByContentIds(contentIds).stream()
                .collect(Collectors.groupingBy(
                        ContentTagMapper.ContentTag::contentId,
                        Collectors.mapping(ContentTagMapper.ContentTag::tag, Collectors.toList())));
    }

    public List<String> galleryOf(Content content) {
        if (content.getGalleryKeys() == null) {
            return List.of();
        }
        try {
            return json.readValue(content.getGalleryKeys(), STRING_LIST);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable gallery of content " + content.getId(), e);
        }
    }

    public boolean isImported(String importKey) {
        return mapper.exists(new LambdaQueryWrapper<Content>().eq(Content::getImportKey, importKey));
    }

    /** Inserts an item of the content pack as published sample content; returns false if it exists. */
    @Transactional
    public boolean importPublished(Actor importer, String importKey, ContentFields fields) {
        if (mapper.exists(new LambdaQueryWrapper<Content>().eq(Content::getImportKey, importKey))) {
            return false;
        }
        LocalDateTime now = LocalDateTime.now(clock);
        Content content = new Content();
        content.setKind(fields.kind());
        content.setImportKey(importKey);
        content.setStatus(ContentStatus.PUBLISHED);
        content.setReviewLevels(1);
        content.setReviewStage(1);
        content.setSampleData(true);
        content.setVersion(1);
        content.setDeleted(0);
        content.setPublishAt(now);
        content.setPublishedAt(now);
        content.setCreatedAt(now);
        apply(importer, content, fields);
        mapper.insert(content);
        saveTags(content.getId(), fields.tags());
        history.transition(content, "IMPORT", "NEW", ContentStatus.PUBLISHED, "内容包导入", importer);
        events.publishEvent(new PublicContentChanged(content.getId()));
        history.revision(content, fieldsOf(content), importer);
        return true;
    }

    private void requireEditable(Actor actor, Content content) {
        ContentStatus status = content.getStatus();
        if (status == ContentStatus.SUBMITTED) {
            throw new ApiException(ErrorCode.INVALID_TRANSITION, "审核中的内容不能修改，请先撤回");
        }
        if (!status.isEditableByEditor() && !actor.has(Role.REVIEWER) && !actor.has(Role.ADMIN)) {
            throw new ApiException(ErrorCode.FORBIDDEN, "已审核或已发布的内容只能由审核员或管理员修改");
        }
    }

    private void apply(Actor actor, Content content, ContentFields f) {
        OrgUnit unit = units.get(f.orgUnitId());
        if (actor != null) {
            units.requireScope(actor, unit);
        }
        MediaBefore previous = new MediaBefore(
                content.getMediaKey(), content.getImageKey(), galleryOf(content), content.getOwnerUnitId());
        applyShared(actor, content, f, unit);
        clearKindFields(content);
        switch (f.kind()) {
            case AUDIO -> applyAudio(actor, content, previous, f.audio());
            case POSTER -> applyPoster(actor, content, previous, f.poster());
            case FESTIVAL_ITEM -> applyFestival(content, f.festival());
            case BRAND_PROJECT -> applyBrandProject(actor, content, previous, f.brandProject());
        }
    }

    private void applyShared(Actor actor, Content content, ContentFields f, OrgUnit unit) {
        content.setTitle(f.title().strip());
        content.setSummary(f.summary());
        content.setBody(sanitizer.sanitize(f.body()));
        content.setCoverKey(image(actor, content.getCoverKey(), f.coverKey(), "coverKey"));
        content.setLanguage(f.languageOrDefault());
        content.setColumnName(f.column());
        content.setOrgUnitId(unit.getId());
        content.setFeatured(Boolean.TRUE.equals(f.featured()));
        content.setUpdatedBy(actor == null ? null : actor.id());
        content.setUpdatedAt(LocalDateTime.now(clock));
    }

    /** The duration is the uploaded file's, whatever the editor typed, once there is a file. */
    private void applyAudio(Actor actor, Content content, MediaBefore previous, AudioFields audio) {
        AudioFields checked = audio;
        if (audio.mediaKey() != null) {
            MediaInfo file = media.requireUsable(
                    Objects.equals(previous.mediaKey(), audio.mediaKey()) ? null : actor,
                    audio.mediaKey(),
                    MediaUse.AUDIO,
                    "mediaKey");
            checked = audio.withDurationSeconds(file.durationSeconds());
        }
        checked.writeTo(content);
    }

    private void applyPoster(Actor actor, Content content, MediaBefore previous, PosterFields poster) {
        image(actor, previous.imageKey(), poster.imageKey(), "imageKey");
        poster.writeTo(content);
    }

    private void applyFestival(Content content, FestivalFields festival) {
        if (festival.festivalCode() != null) {
            festivals.requireExists(festival.festivalCode());
        }
        festival.writeTo(content);
    }

    private void applyBrandProject(Actor actor, Content content, MediaBefore previous, BrandProjectFields project) {
        if (project.ownerUnitId() != null) {
            OrgUnit owner = units.get(project.ownerUnitId());
            if (actor != null && !project.ownerUnitId().equals(previous.ownerUnitId())) {
                units.requireScope(actor, owner);
            }
        }
        List<String> gallery = project.galleryKeys() == null ? List.of() : project.galleryKeys();
        for (int i = 0; i < gallery.size(); i++) {
            String key = gallery.get(i);
            image(previous.galleryKeys().contains(key) ? null : actor, null, key, "galleryKeys[" + i + "]");
        }
        project.writeTo(content);
        content.setGalleryKeys(writeGallery(project.galleryKeys()));
    }

    /**
     * An image reference after checking it was uploaded and may be used here; a key the item already had is
     * only checked to exist, so reviewers above the unit can correct items without re-uploading.
     */
    private String image(Actor actor, String previous, String key, String field) {
        if (key != null) {
            media.requireUsable(Objects.equals(previous, key) ? null : actor, key, MediaUse.IMAGE, field);
        }
        return key;
    }

    /** An item never carries another kind's data, also after an import or a restore that had some. */
    private static void clearKindFields(Content c) {
        AudioFields.NONE.writeTo(c);
        PosterFields.NONE.writeTo(c);
        FestivalFields.NONE.writeTo(c);
        BrandProjectFields.NONE.writeTo(c);
        c.setGalleryKeys(null);
    }

    /**
     * The media and the credited unit an item referenced before this save, which are checked less strictly
     * (as {@link #image} explains): an editor credits only units of their subtree, but keeps what a banner
     * editor set.
     */
    private record MediaBefore(String mediaKey, String imageKey, List<String> galleryKeys, Long ownerUnitId) {}

    private String writeGallery(List<String> keys) {
        if (keys == null || keys.isEmpty()) {
            return null;
        }
        try {
            return json.writeValueAsString(keys);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise gallery", e);
        }
    }

    private void saveTags(long contentId, List<String> tags) {
        tagMapper.deleteByContent(contentId);
        normalTags(tags).forEach(tag -> tagMapper.insert(contentId, tag));
    }

    /** Tags as stored: stripped, without blanks and duplicates, in the order given. */
    private static List<String> normalTags(List<String> tags) {
        if (tags == null) {
            return List.of();
        }
        return List.copyOf(new LinkedHashSet<>(
                tags.stream().map(String::strip).filter(t -> !t.isEmpty()).toList()));
    }

    private List<Long> unitIdsInScope(Actor actor, Long orgUnitId) {
        String path = actor.orgUnitPath();
        if (orgUnitId != null) {
            OrgUnit unit = units.get(orgUnitId);
            units.requireScope(actor, unit);
            path = unit.getPath();
        }
        String scopePath = path;
        List<Long> ids = new ArrayList<>();
        units.all().stream().filter(u -> u.getPath().startsWith(scopePath)).forEach(u -> ids.add(u.getId()));
        return ids;
    }

    ContentFields fieldsOf(Content c) {
        List<String> tags =
                c.getId() == null ? List.of() : tagsOf(List.of(c.getId())).getOrDefault(c.getId(), List.of());
        return fieldsOf(c, tags);
    }

    private ContentFields fieldsOf(Content c, List<String> tags) {
        return new ContentFields(
                c.getKind(),
                c.getTitle(),
                c.getSummary(),
                c.getBody(),
                c.getCoverKey(),
                c.getLanguage(),
                c.getColumnName(),
                c.getOrgUnitId(),
                tags,
                c.getFeatured(),
                AudioFields.of(c),
                PosterFields.of(c),
                FestivalFields.of(c),
                BrandProjectFields.of(c, galleryOf(c)),
                c.getVersion());
    }
}
