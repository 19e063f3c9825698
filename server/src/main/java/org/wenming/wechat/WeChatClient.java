package org.wenming.wechat;

import cn.binarywang.wx.miniapp.api.WxMaService;
import cn.binarywang.wx.miniapp.bean.WxMaCodeLineColor;
import cn.binarywang.wx.miniapp.bean.WxMaJscode2SessionResult;
import cn.binarywang.wx.miniapp.bean.WxMaMediaAsyncCheckResult;
import cn.binarywang.wx.miniapp.bean.WxMaPhoneNumberInfo;
import cn.binarywang.wx.miniapp.bean.WxMaSubscribeMessage;
import cn.binarywang.wx.miniapp.bean.security.WxMaMediaSecCheckCheckRequest;
import cn.binarywang.wx.miniapp.bean.security.WxMaMsgSecCheckCheckRequest;
import cn.binarywang.wx.miniapp.bean.security.WxMaMsgSecCheckCheckResponse;
import java.util.Map;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.common.error.WxRuntimeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.wenming.common.error.ApiException;
import org.wenming.common.error.ErrorCode;

/**
 * The calls this product makes to WeChat, each answering in our own terms: failures become problems with a
 * clear code (invalid code, rate limit, busy, unavailable) instead of SDK exceptions. An expired access token
 * (40001/42001) is refreshed and the call repeated once by the SDK itself; "system busy" (-1) is repeated
 * {@code wenming.wechat.busy-retries} times with a doubling pause.
 */
@Component
public class WeChatClient {

    /** WeChat's verdict for text in msgSecCheck v1, still answered by some deployments. */
    public static final int RISKY_CONTENT = 87014;

    private static final int INVALID_CODE = 40029;
    private static final int CODE_USED = 40163;
    private static final int MINUTE_QUOTA = 45011;
    private static final int BUSY = -1;
    /** scene of msgSecCheck and mediaCheckAsync: 1 profile, 2 comment, 3 forum, 4 social log */
    public static final int SCENE_PROFILE = 1;

    public static final int SCENE_FORUM = 3;
    private static final int MEDIA_TYPE_IMAGE = 2;

    private static final Logger log = LoggerFactory.getLogger(WeChatClient.class);

    private final WxMaService service;
    private final WeChatProperties properties;

    public WeChatClient(WxMaService service, WeChatProperties properties) {
        this.service = service;
        this.properties = properties;
    }

    /** code2session: who is this resident. The session key stays on the server. */
    public Session login(String code) {
        WxMaJscode2SessionResult result = call("jscode2session", () -> service.jsCode2SessionInfo(code));
        if (result == null || result.getOpenid() == null) {
            throw new ApiException(ErrorCode.WECHAT_ERROR, "微信登录未返回用户标识，请稍后重试");
        }
        return new Session(result.getOpenid(), result.getUnionid(), result.getSessionKey());
    }

    /** The phone number behind a getPhoneNumber code. */
    public PhoneNumber phoneNumber(String code) {
        WxMaPhoneNumberInfo info =
                call("getuserphonenumber", () -> service.getUserService().getPhoneNumber(code));
        if (info == null || info.getPurePhoneNumber() == null) {
            throw new ApiException(ErrorCode.WECHAT_ERROR, "微信未返回手机号，请重新授权");
        }
        return new PhoneNumber(info.getPurePhoneNumber(), info.getCountryCode());
    }

    /** msgSecCheck v2; the v1 answer 87014 counts as risky too. */
    public TextVerdict checkText(String openid, int scene, String content) {
        WxMaMsgSecCheckCheckRequest request = WxMaMsgSecCheckCheckRequest.builder()
                .version("2")
                .openid(openid)
                .scene(scene)
                .content(content)
                .build();
        try {
            WxMaMsgSecCheckCheckResponse response = service.getSecurityService().checkMessage(request);
            String suggest =
                    response.getResult() == null ? null : response.getResult().getSuggest();
            String label =
                    response.getResult() == null ? null : response.getResult().getLabel();
            return new TextVerdict(Suggest.of(suggest), label, response.getTraceId());
        } catch (WxErrorException e) {
            if (e.getError().getErrorCode() == RISKY_CONTENT) {
                return new TextVerdict(Suggest.RISKY, String.valueOf(RISKY_CONTENT), null);
            }
            throw translate("msg_sec_check", e);
        } catch (WxRuntimeException e) {
            throw unavailable("msg_sec_check", e);
        }
    }

    /** mediaCheckAsync v2 for an image WeChat fetches from {@code url}; the verdict arrives on /wx/portal. */
    public String checkImageAsync(String openid, int scene, String url) {
        WxMaMediaSecCheckCheckRequest request = WxMaMediaSecCheckCheckRequest.builder()
                .mediaUrl(url)
                .mediaType(MEDIA_TYPE_IMAGE)
                .version(2)
                .openid(openid)
                .scene(scene)
                .build();
        WxMaMediaAsyncCheckResult result =
                call("media_check_async", () -> service.getSecurityService().mediaCheckAsync(request));
        if (result == null || result.getTraceId() == null) {
            throw new ApiException(ErrorCode.WECHAT_ERROR, "微信图片检测未返回任务编号，请稍后重试");
        }
        return result.getTraceId();
    }

    /** A mini-program code that opens {@code page} with {@code scene} (at most 32 characters). */
    public byte[] unlimitedCode(String scene, String page, int width) {
        if (scene.length() > 32) {
            throw new IllegalArgumentException("scene longer than 32 characters: " + scene);
        }
        boolean release = "release".equals(properties.codeEnvVersion());
        return call(
                "getwxacodeunlimit",
                () -> service.getQrcodeService()
                        .createWxaCodeUnlimitBytes(
                                scene,
                                page,
                                release,
                                properties.codeEnvVersion(),
                                width,
                                false,
                                new WxMaCodeLineColor("0", "0", "0"),
                                false));
    }

    /** Sends one subscribe message; never throws, so the caller can record and retry by the result. */
    public SendResult sendSubscribeMessage(String openid, String templateId, String page, Map<String, String> data) {
        WxMaSubscribeMessage message = new WxMaSubscribeMessage();
        message.setToUser(openid);
        message.setTemplateId(templateId);
        message.setPage(page);
        message.setMiniprogramState(
                switch (properties.codeEnvVersion()) {
                    case "trial" -> "trial";
                    case "develop" -> "developer";
                    default -> "formal";
                });
        data.forEach((name, value) -> message.addData(new WxMaSubscribeMessage.MsgData(name, value)));
        try {
            service.getMsgService().sendSubscribeMsg(message);
            return SendResult.OK;
        } catch (WxErrorException e) {
            return new SendResult(e.getError().getErrorCode(), e.getError().getErrorMsg());
        } catch (WxRuntimeException e) {
            log.warn("Subscribe message to WeChat failed: {}", e.getMessage());
            return new SendResult(SendResult.UNREACHABLE, "无法连接微信服务");
        }
    }

    private <T> T call(String api, WeChatCall<T> call) {
        try {
            return call.run();
        } catch (WxErrorException e) {
            throw translate(api, e);
        } catch (WxRuntimeException e) {
            throw unavailable(api, e);
        }
    }

    private static ApiException translate(String api, WxErrorException e) {
        int code = e.getError().getErrorCode();
        Map<String, Object> details = Map.of("wechatErrcode", code);
        log.info("WeChat {} answered errcode {}: {}", api, code, e.getError().getErrorMsg());
        return switch (code) {
            case INVALID_CODE, CODE_USED ->
                new ApiException(ErrorCode.WECHAT_CODE_INVALID, ErrorCode.WECHAT_CODE_INVALID.message(), details);
            case MINUTE_QUOTA ->
                new ApiException(ErrorCode.WECHAT_RATE_LIMITED, ErrorCode.WECHAT_RATE_LIMITED.message(), details);
            case BUSY -> new ApiException(ErrorCode.WECHAT_BUSY, ErrorCode.WECHAT_BUSY.message(), details);
            default -> new ApiException(ErrorCode.WECHAT_ERROR, "微信接口返回错误（" + code + "），请稍后再试", details);
        };
    }

    private static ApiException unavailable(String api, WxRuntimeException e) {
        log.warn("WeChat {} unreachable: {}", api, e.getMessage());
        return new ApiException(ErrorCode.WECHAT_UNAVAILABLE);
    }

    @FunctionalInterface
    private interface WeChatCall<T> {
        T run() throws WxErrorException;
    }

    public record Session(String openid, String unionid, String sessionKey) {}

    public record PhoneNumber(String number, String countryCode) {}

    public enum Suggest {
        PASS,
        REVIEW,
        RISKY;

        /** WeChat's suggest value; anything unknown or missing needs a human look. */
        public static Suggest of(String value) {
            if (value == null) {
                return REVIEW;
            }
            return switch (value.toLowerCase()) {
                case "pass" -> PASS;
                case "risky" -> RISKY;
                default -> REVIEW;
            };
        }
    }

    public record TextVerdict(Suggest suggest, String label, String traceId) {}

    /** errcode 0 on success; {@link #UNREACHABLE} when WeChat could not be reached at all. */
    public record SendResult(int errcode, String errmsg) {

        public static final int UNREACHABLE = -2;
        static final SendResult OK = new SendResult(0, "ok");

        public boolean ok() {
            return errcode == 0;
        }
    }
}
