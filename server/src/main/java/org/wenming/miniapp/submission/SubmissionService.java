package org.wenming.miniapp.submission;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import org.springframework.web.multipart.MultipartFile;
import org.wenming.audit.AuditService;
import org.wenming.common.config.PublicBaseUrl;
import org.wenming.common.error.ApiException;
import org.wenming.common.error.ErrorCode;
import org.wenming.common.paging.CursorPage;
import org.wenming.common.paging.PageResult;
import org.wenming.common.security.Actor;
import org.wenming.miniapp.MiniAppProperties;
import org.wenming.miniapp.auth.Resident;
import org.wenming.miniapp.auth.ResidentPrincipal;
import org.wenming.miniapp.auth.ResidentService;
import org.wenming.miniapp.image.ResidentImage;
import org.wenming.miniapp.image.ResidentImageController;
import org.wenming.miniapp.image.ResidentImageStore;
import org.wenming.miniapp.limit.RateLimits;
import org.wenming.miniapp.safety.TextSafety;
import org.wenming.org.OrgUnit;
import org.wenming.org.OrgUnitService;
import org.wenming.wechat.MediaCheckVerdict;
import org.wenming.wechat.WeChatClient;

/**
 * 习语金句大家写. The quote passes the local word list and msgSecCheck before anything is stored (risky text is
 * refused outright); the photo is stored and handed to mediaCheckAsync, whose verdict arrives later on
 * /wx/portal: a risky photo takes the entry out of the queue and its image offline. Everything else waits for an
 * editor of its unit (or above); approved entries appear in the public gallery.
 */
@Service
class SubmissionService {

    private static final String DEFAULT_AUTHOR = "热心群众";
    /** The length of submission.reject_reason. */
    private static final int MAX_REJECT_REASON = 300;

    private static final Logger log = LoggerFactory.getLogger(SubmissionService.class);

    private final SubmissionMappers.SubmissionMapper mapper;
    private final SubmissionMappers.VerdictMapper verdicts;
    private final ResidentService residents;
    private final TextSafety textSafety;
    private final WeChatClient wechat;
    private final ResidentImageStore images;
    private final OrgUnitService units;
    private final RateLimits limits;
    private final AuditService audit;
    private final MiniAppProperties properties;
    private final PublicBaseUrl publicBaseUrl;
    private final Clock clock;

    SubmissionService(
            SubmissionMappers.SubmissionMapper mapper,
            SubmissionMappers.VerdictMapper verdicts,
            ResidentService residents,
            TextSafety textSafety,
            WeChatClient wechat,
            ResidentImageStore images,
            OrgUnitService units,
            RateLimits limits,
            AuditService audit,
            MiniAppProperties properties,
            PublicBaseUrl publicBaseUrl,
            Clock clock) {
        this.mapper = mapper;
        this.verdicts = verdicts;
        this.residents = residents;
        this.textSafety = textSafety;
        this.wechat = wechat;
        this.images = images;
        this.units = units;
        this.limits = limits;
        this.audit = audit;
        this.properties = properties;
        this.publicBaseUrl = publicBaseUrl;
        this.clock = clock;
    }

    public SubmissionViews.Mine submit(
            ResidentPrincipal resident, String text, String authorName, Long orgUnitId, MultipartFile photo) {
        limits.check(RateLimits.Kind.SUBMISSION, resident.openid(), resident.ip());
        String quote = requireQuote(text);
        String author = StringUtils.hasText(authorName) ? authorName.strip() : null;
        if (author != null && author.codePointCount(0, author.length()) > 32) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "署名不能超过 32 个字");
        }
        OrgUnit unit = orgUnitId == null ? root() : units.get(orgUnitId);
        ResidentImage image =
                images.accept(photo, properties.submission().maxPhotoSize().toBytes(), "手写照片");
        WeChatClient.TextVerdict textVerdict = textSafety.requireNotRisky(
                resident.openid(), WeChatClient.SCENE_FORUM, author == null ? quote : quote + "\n" + author);

        String photoKey = images.save("submission", image);
        String traceId;
        try {
            traceId = wechat.checkImageAsync(
                    resident.openid(),
                    WeChatClient.SCENE_FORUM,
                    publicBaseUrl.get() + ResidentImageController.url(photoKey));
        } catch (RuntimeException e) {
            images.delete(photoKey);
            throw e;
        }
        LocalDateTime now = LocalDateTime.now(clock);
        Submission submission = new Submission();
        submission.setResidentId(resident.id());
        submission.setOrgUnitId(unit.getId());
        submission.setQuoteText(quote);
        submission.setAuthorName(author);
        submission.setPhotoKey(photoKey);
        submission.setTextCheck(check(textVerdict.suggest()));
        submission.setTextLabel(textVerdict.label());
        submission.setPhotoTraceId(traceId);
        submission.setPhotoCheck(Submission.Check.PENDING);
        submission.setStatus(Submission.Status.PENDING);
        submission.setCreatedAt(now);
        submission.setUpdatedAt(now);
        try {
            mapper.insert(submission);
        } catch (RuntimeException e) {
            images.delete(photoKey);
            throw e;
        }
        SubmissionMappers.Verdict early = verdicts.find(traceId);
        if (early != null) {
            apply(submission, WeChatClient.Suggest.of(early.suggest()), early.label());
        }
        return mine(submission);
    }

    /** WeChat's verdict on a photo: kept by trace id, and applied to the entry that asked for it. */
    @EventListener
    public void onVerdict(MediaCheckVerdict verdict) {
        try {
            verdicts.insert(verdict.traceId(), verdict.suggest().name(), verdict.label(), LocalDateTime.now(clock));
        } catch (DuplicateKeyException repeatedPush) {
            return;
        }
        Submission submission = mapper.selectOne(
                new LambdaQueryWrapper<Submission>().eq(Submission::getPhotoTraceId, verdict.traceId()));
        if (submission != null) {
            apply(submission, verdict.suggest(), verdict.label());
        }
    }

    public List<SubmissionViews.Mine> mine(ResidentPrincipal resident) {
        return mapper
                .selectList(new LambdaQueryWrapper<Submission>()
                        .eq(Submission::getResidentId, resident.id())
                        .orderByDesc(Submission::getId)
                        .last("LIMIT 100"))
                .stream()
                .map(this::mine)
                .toList();
    }

    /** Approved entries, newest approval first; the cursor is the last entry's id. */
    public CursorPage<SubmissionViews.Gallery> gallery(String cursor, int size) {
        LambdaQueryWrapper<Submission> where = new LambdaQueryWrapper<Submission>()
                .eq(Submission::getStatus, Submission.Status.APPROVED)
                .lt(
                        StringUtils.hasText(cursor),
                        Submission::getId,
                        StringUtils.hasText(cursor) ? parseId(cursor) : null)
                .orderByDesc(Submission::getId);
        List<Submission> rows =
                mapper.selectPage(Page.of(1, size + 1L, false), where).getRecords();
        boolean more = rows.size() > size;
        List<Submission> page = more ? rows.subList(0, size) : rows;
        Map<Long, OrgUnit> byId = units.byId();
        List<SubmissionViews.Gallery> items = page.stream()
                .map(s -> new SubmissionViews.Gallery(
                        s.getId(),
                        s.getQuoteText(),
                        authorOf(s),
                        name(byId.get(s.getOrgUnitId())),
                        publicBaseUrl.get() + ResidentImageController.url(s.getPhotoKey()),
                        s.getReviewedAt()))
                .toList();
        return new CursorPage<>(
                items, more ? String.valueOf(page.get(page.size() - 1).getId()) : null);
    }

    /** The review queue of the editor's unit and below. */
    public PageResult<SubmissionViews.Review> queue(Actor actor, Submission.Status status, int page, int size) {
        Set<Long> scope = units.all().stream()
                .filter(u -> actor.covers(u.getPath()))
                .map(OrgUnit::getId)
                .collect(Collectors.toSet());
        if (scope.isEmpty()) {
            return new PageResult<>(List.of(), 0, page, size);
        }
        Submission.Status wanted = status == null ? Submission.Status.PENDING : status;
        // The queue is first come, first served; decided entries are looked up, the latest decisions first.
        LambdaQueryWrapper<Submission> where = new LambdaQueryWrapper<Submission>()
                .in(Submission::getOrgUnitId, scope)
                .eq(Submission::getStatus, wanted);
        if (wanted == Submission.Status.PENDING) {
            where.orderByAsc(Submission::getId);
        } else {
            where.orderByDesc(Submission::getUpdatedAt).orderByDesc(Submission::getId);
        }
        Map<Long, OrgUnit> byId = units.byId();
        return PageResult.of(
                mapper.selectPage(Page.of(page, size), where),
                rows -> rows.stream().map(s -> review(s, byId)).toList());
    }

    @Transactional
    public SubmissionViews.Review approve(Actor actor, long id) {
        Submission submission = requireInScope(actor, id);
        requirePending(submission);
        if (submission.getPhotoCheck() == Submission.Check.PENDING) {
            throw new ApiException(ErrorCode.PHOTO_CHECK_PENDING);
        }
        return decide(actor, submission, Submission.Status.APPROVED, null);
    }

    @Transactional
    public SubmissionViews.Review reject(Actor actor, long id, String reason) {
        Submission submission = requireInScope(actor, id);
        requirePending(submission);
        if (!StringUtils.hasText(reason)) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "退回时必须填写原因");
        }
        if (reason.strip().length() > MAX_REJECT_REASON) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "退回原因不能超过 " + MAX_REJECT_REASON + " 个字");
        }
        return decide(actor, submission, Submission.Status.REJECTED, reason.strip());
    }

    private SubmissionViews.Review decide(Actor actor, Submission submission, Submission.Status status, String reason) {
        LocalDateTime now = LocalDateTime.now(clock);
        submission.setStatus(status);
        submission.setRejectReason(reason);
        submission.setReviewedBy(actor.id());
        submission.setReviewedAt(now);
        submission.setUpdatedAt(now);
        mapper.updateById(submission);
        audit.recordInUnit(
                actor,
                "SUBMISSION_" + status.name(),
                "SUBMISSION",
                submission.getId(),
                submission.getOrgUnitId(),
                reason);
        return review(submission, units.byId());
    }

    private void apply(Submission submission, WeChatClient.Suggest suggest, String label) {
        Submission current = mapper.selectById(submission.getId());
        current.setPhotoCheck(check(suggest));
        current.setPhotoLabel(label);
        current.setUpdatedAt(LocalDateTime.now(clock));
        if (suggest == WeChatClient.Suggest.RISKY && current.getStatus() != Submission.Status.REFUSED) {
            current.setStatus(Submission.Status.REFUSED);
            current.setRejectReason("照片未通过微信内容安全检测");
            images.delete(current.getPhotoKey());
            log.info("Submission {} refused: WeChat judged its photo risky (label {})", current.getId(), label);
        }
        mapper.updateById(current);
    }

    private Submission requireInScope(Actor actor, long id) {
        Submission submission = mapper.selectById(id);
        if (submission == null
                || !actor.covers(units.get(submission.getOrgUnitId()).getPath())) {
            throw new ApiException(ErrorCode.SUBMISSION_NOT_FOUND);
        }
        return submission;
    }

    private static void requirePending(Submission submission) {
        if (submission.getStatus() != Submission.Status.PENDING) {
            throw new ApiException(ErrorCode.INVALID_TRANSITION, "该投稿已处理，当前状态为「" + label(submission.getStatus()) + "」");
        }
    }

    private String requireQuote(String text) {
        String quote = text == null ? "" : text.strip();
        int length = quote.codePointCount(0, quote.length());
        MiniAppProperties.Submission limits = properties.submission();
        if (length < limits.minLength() || length > limits.maxLength()) {
            throw new ApiException(
                    ErrorCode.VALIDATION_FAILED, "金句内容须为 " + limits.minLength() + " 至 " + limits.maxLength() + " 个字");
        }
        return quote;
    }

    private OrgUnit root() {
        return units.all().stream()
                .filter(u -> u.getParentId() == null)
                .min(Comparator.comparing(OrgUnit::getSortOrder).thenComparing(OrgUnit::getId))
                .orElseThrow(() -> new ApiException(ErrorCode.ORG_UNIT_NOT_FOUND));
    }

    private SubmissionViews.Review review(Submission s, Map<Long, OrgUnit> byId) {
        Resident resident = residents.require(s.getResidentId());
        return new SubmissionViews.Review(
                s.getId(),
                s.getQuoteText(),
                s.getAuthorName(),
                resident.getNickname(),
                s.getOrgUnitId(),
                name(byId.get(s.getOrgUnitId())),
                photoUrlOf(s),
                s.getTextCheck().name(),
                s.getPhotoCheck().name(),
                s.getStatus().name(),
                s.getRejectReason(),
                s.getCreatedAt(),
                s.getReviewedAt());
    }

    /** Residents' clients get the photo's absolute URL (a mini program cannot load a relative one). */
    private SubmissionViews.Mine mine(Submission s) {
        String photoUrl = photoUrlOf(s);
        return new SubmissionViews.Mine(
                s.getId(),
                s.getQuoteText(),
                s.getAuthorName(),
                photoUrl == null ? null : publicBaseUrl.get() + photoUrl,
                s.getStatus().name(),
                label(s.getStatus()),
                s.getRejectReason(),
                s.getCreatedAt());
    }

    /** A refused entry's image was taken offline with it, so it has no address any more. */
    private static String photoUrlOf(Submission s) {
        return s.getStatus() == Submission.Status.REFUSED ? null : ResidentImageController.url(s.getPhotoKey());
    }

    private String authorOf(Submission s) {
        if (s.getAuthorName() != null) {
            return s.getAuthorName();
        }
        String nickname = residents.require(s.getResidentId()).getNickname();
        return nickname != null ? nickname : DEFAULT_AUTHOR;
    }

    private static String label(Submission.Status status) {
        return switch (status) {
            case PENDING -> "审核中";
            case APPROVED -> "已入选";
            case REJECTED -> "未入选";
            case REFUSED -> "未通过安全检测";
        };
    }

    private static Submission.Check check(WeChatClient.Suggest suggest) {
        return switch (suggest) {
            case PASS -> Submission.Check.PASS;
            case REVIEW -> Submission.Check.REVIEW;
            case RISKY -> Submission.Check.RISKY;
        };
    }

    private static String name(OrgUnit unit) {
        return unit == null ? null : unit.getName();
    }

    private static long parseId(String cursor) {
        try {
            return Long.parseLong(cursor);
        } catch (NumberFormatException e) {
            throw new ApiException(ErrorCode.INVALID_CURSOR);
        }
    }
}
