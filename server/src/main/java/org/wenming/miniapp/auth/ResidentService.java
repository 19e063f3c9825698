package org.wenming.miniapp.auth;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import java.time.Clock;
import java.time.LocalDateTime;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;
import org.wenming.audit.AuditService;
import org.wenming.common.config.PublicBaseUrl;
import org.wenming.common.error.ApiException;
import org.wenming.common.error.ErrorCode;
import org.wenming.common.security.Actor;
import org.wenming.miniapp.MiniAppProperties;
import org.wenming.miniapp.image.ResidentImage;
import org.wenming.miniapp.image.ResidentImageController;
import org.wenming.miniapp.image.ResidentImageStore;
import org.wenming.miniapp.limit.RateLimits;
import org.wenming.miniapp.safety.TextSafety;
import org.wenming.wechat.WeChatClient;

/**
 * Residents' accounts: WeChat login (code2session, then the resident found by openid or unionid, or created),
 * opaque tokens, phone binding through getPhoneNumber codes, and the nickname and avatar residents set
 * themselves (WeChat no longer hands them out).
 */
@Service
public class ResidentService {

    private final ResidentMapper mapper;
    private final ResidentTokens tokens;
    private final WeChatClient wechat;
    private final RateLimits limits;
    private final TextSafety textSafety;
    private final ResidentImageStore images;
    private final AuditService audit;
    private final MiniAppProperties properties;
    private final PublicBaseUrl publicBaseUrl;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public ResidentService(
            ResidentMapper mapper,
            ResidentTokens tokens,
            WeChatClient wechat,
            RateLimits limits,
            TextSafety textSafety,
            ResidentImageStore images,
            AuditService audit,
            MiniAppProperties properties,
            PublicBaseUrl publicBaseUrl,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.mapper = mapper;
        this.tokens = tokens;
        this.wechat = wechat;
        this.limits = limits;
        this.textSafety = textSafety;
        this.images = images;
        this.audit = audit;
        this.properties = properties;
        this.publicBaseUrl = publicBaseUrl;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** The address is limited before WeChat is asked, the openid as soon as WeChat said who it is. */
    public MiniAuthRequests.LoginResult login(String code, String ip) {
        limits.checkIp(RateLimits.Kind.LOGIN, ip);
        WeChatClient.Session session = wechat.login(code);
        limits.checkOpenid(RateLimits.Kind.LOGIN, session.openid());
        Upserted upserted;
        try {
            upserted = transactions.execute(tx -> upsert(session));
        } catch (DuplicateKeyException e) {
            // A second first-login of the same resident won the insert: this one signs into that row.
            upserted = transactions.execute(tx -> upsert(session));
        }
        Resident resident = upserted.resident();
        return new MiniAuthRequests.LoginResult(
                tokens.issue(resident.getId()), properties.tokenTtl().toSeconds(), upserted.created(), view(resident));
    }

    public void logout(String token) {
        tokens.revoke(token);
    }

    /** The resident behind a bearer token; problems for a missing, unknown or expired token. */
    public ResidentPrincipal authenticate(String token, String ip) {
        Long residentId = tokens.resolve(token).orElseThrow(() -> new ApiException(ErrorCode.TOKEN_INVALID));
        Resident resident = mapper.selectById(residentId);
        if (resident == null) {
            tokens.revoke(token);
            throw new ApiException(ErrorCode.TOKEN_INVALID);
        }
        return new ResidentPrincipal(resident.getId(), resident.getOpenid(), ip);
    }

    public ResidentView me(ResidentPrincipal principal) {
        return view(require(principal.id()));
    }

    public ResidentView bindPhone(ResidentPrincipal principal, String code) {
        limits.check(RateLimits.Kind.ACTION, principal.openid(), principal.ip());
        WeChatClient.PhoneNumber phone = wechat.phoneNumber(code);
        Resident resident = require(principal.id());
        resident.setPhone(phone.number());
        resident.setPhoneCountryCode(phone.countryCode());
        resident.setUpdatedAt(LocalDateTime.now(clock));
        mapper.updateById(resident);
        return view(resident);
    }

    public ResidentView setNickname(ResidentPrincipal principal, String nickname) {
        limits.check(RateLimits.Kind.ACTION, principal.openid(), principal.ip());
        String trimmed = nickname.strip();
        textSafety.requireNotRisky(principal.openid(), WeChatClient.SCENE_PROFILE, trimmed);
        Resident resident = require(principal.id());
        resident.setNickname(trimmed);
        resident.setUpdatedAt(LocalDateTime.now(clock));
        mapper.updateById(resident);
        return view(resident);
    }

    public ResidentView setAvatar(ResidentPrincipal principal, MultipartFile file, long maxBytes) {
        limits.check(RateLimits.Kind.ACTION, principal.openid(), principal.ip());
        Resident resident = require(principal.id());
        ResidentImage image = images.accept(file, maxBytes, "头像");
        String previous = resident.getAvatarUrl();
        String key = images.save("avatar", image);
        resident.setAvatarUrl(ResidentImageController.url(key));
        resident.setUpdatedAt(LocalDateTime.now(clock));
        mapper.updateById(resident);
        if (previous != null && previous.startsWith(ResidentImageController.PATH)) {
            images.delete(previous.substring(ResidentImageController.PATH.length()));
        }
        return view(resident);
    }

    /** An administrator signs a resident out on every device. */
    public int revokeTokens(Actor actor, long residentId) {
        require(residentId);
        int revoked = tokens.revokeAll(residentId);
        audit.record(actor, "RESIDENT_TOKENS_REVOKED", "RESIDENT", residentId, revoked + " 个登录令牌");
        return revoked;
    }

    public Resident require(long residentId) {
        Resident resident = mapper.selectById(residentId);
        if (resident == null) {
            throw new ApiException(ErrorCode.RESIDENT_NOT_FOUND);
        }
        return resident;
    }

    private Upserted upsert(WeChatClient.Session session) {
        LocalDateTime now = LocalDateTime.now(clock);
        Resident resident =
                mapper.selectOne(new LambdaQueryWrapper<Resident>().eq(Resident::getOpenid, session.openid()));
        if (resident == null && session.unionid() != null) {
            resident = mapper.selectOne(new LambdaQueryWrapper<Resident>()
                    .eq(Resident::getUnionid, session.unionid())
                    .last("LIMIT 1"));
        }
        boolean created = resident == null;
        if (created) {
            resident = new Resident();
            resident.setCreatedAt(now);
        }
        resident.setOpenid(session.openid());
        if (session.unionid() != null) {
            resident.setUnionid(session.unionid());
        }
        resident.setSessionKey(session.sessionKey());
        resident.setLastLoginAt(now);
        resident.setUpdatedAt(now);
        if (created) {
            mapper.insert(resident);
        } else {
            mapper.updateById(resident);
        }
        return new Upserted(resident, created);
    }

    private record Upserted(Resident resident, boolean created) {}

    /** The avatar is stored as this server's path; a mini program needs it absolute. */
    private ResidentView view(Resident resident) {
        return ResidentView.of(resident, publicBaseUrl.get());
    }
}
