package org.wenming.wechat;

import cn.binarywang.wx.miniapp.bean.WxMaMessage;
import cn.binarywang.wx.miniapp.config.WxMaConfig;
import cn.binarywang.wx.miniapp.util.crypt.WxMaCryptUtils;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import me.chanjar.weixin.common.error.WxRuntimeException;
import me.chanjar.weixin.common.util.crypto.SHA1;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wenming.common.error.ApiException;
import org.wenming.common.error.ErrorCode;

/**
 * WeChat's message push ("消息推送") for the mini program. GET answers the URL check; POST receives events,
 * verified by the {@code signature} over token, timestamp and nonce, and in safe mode decrypted with the
 * EncodingAESKey after checking {@code msg_signature}. A push older than {@link #MAX_AGE} is refused so a
 * captured one cannot be replayed later. Media-check verdicts are handed on as {@link MediaCheckVerdict}.
 */
@RestController
@RequestMapping("/wx/portal")
class WeChatPortalController {

    static final Duration MAX_AGE = Duration.ofMinutes(10);
    private static final String MEDIA_CHECK_EVENT = "wxa_media_check";
    private static final Pattern XML_ENCRYPT =
            Pattern.compile("<Encrypt><!\\[CDATA\\[(.*?)]]></Encrypt>", Pattern.DOTALL);
    private static final Logger log = LoggerFactory.getLogger(WeChatPortalController.class);

    private final WxMaConfig config;
    private final ApplicationEventPublisher events;
    private final ObjectMapper json;
    private final Clock clock;

    public WeChatPortalController(WxMaConfig config, ApplicationEventPublisher events, ObjectMapper json, Clock clock) {
        this.config = config;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    @Operation(summary = "微信服务器地址验证")
    @GetMapping(produces = MediaType.TEXT_PLAIN_VALUE)
    public String verifyUrl(
            @RequestParam String signature,
            @RequestParam String timestamp,
            @RequestParam String nonce,
            @RequestParam String echostr) {
        requireSignature(signature, timestamp, nonce);
        return echostr;
    }

    @Operation(summary = "接收微信推送消息")
    @PostMapping(produces = MediaType.TEXT_PLAIN_VALUE)
    public String receive(
            @RequestParam String signature,
            @RequestParam String timestamp,
            @RequestParam String nonce,
            @RequestParam(name = "encrypt_type", required = false) String encryptType,
            @RequestParam(name = "msg_signature", required = false) String msgSignature,
            @RequestBody String body) {
        requireSignature(signature, timestamp, nonce);
        String plain = "aes".equals(encryptType) ? decrypt(body, timestamp, nonce, msgSignature) : body;
        WxMaMessage message = parse(plain);
        if (MEDIA_CHECK_EVENT.equals(message.getEvent()) && message.getTraceId() != null) {
            String suggest =
                    message.getResult() == null ? null : message.getResult().getSuggest();
            String label =
                    message.getResult() == null ? null : message.getResult().getLabel();
            events.publishEvent(new MediaCheckVerdict(message.getTraceId(), WeChatClient.Suggest.of(suggest), label));
        } else {
            log.debug("Ignored WeChat push event {} of type {}", message.getEvent(), message.getMsgType());
        }
        return "success";
    }

    private void requireSignature(String signature, String timestamp, String nonce) {
        if (!StringUtils.hasText(config.getToken())) {
            throw new ApiException(ErrorCode.WECHAT_SIGNATURE_INVALID, "服务器未配置消息推送令牌");
        }
        long sentAt;
        try {
            sentAt = Long.parseLong(timestamp);
        } catch (NumberFormatException e) {
            throw new ApiException(ErrorCode.WECHAT_SIGNATURE_INVALID, "时间戳格式不正确");
        }
        if (Math.abs(clock.millis() / 1000 - sentAt) > MAX_AGE.toSeconds()) {
            throw new ApiException(ErrorCode.WECHAT_SIGNATURE_INVALID, "消息时间戳已过期");
        }
        if (!SHA1.gen(config.getToken(), timestamp, nonce).equals(signature)) {
            throw new ApiException(ErrorCode.WECHAT_SIGNATURE_INVALID);
        }
    }

    private String decrypt(String body, String timestamp, String nonce, String msgSignature) {
        if (!StringUtils.hasText(config.getAesKey())) {
            throw new ApiException(ErrorCode.WECHAT_SIGNATURE_INVALID, "服务器未配置消息加密密钥");
        }
        if (!StringUtils.hasText(msgSignature)) {
            throw new ApiException(ErrorCode.WECHAT_SIGNATURE_INVALID, "缺少消息体签名");
        }
        String encrypted = encryptedPart(body);
        try {
            return new WxMaCryptUtils(config).decryptContent(msgSignature, timestamp, nonce, encrypted);
        } catch (WxRuntimeException e) {
            throw new ApiException(ErrorCode.WECHAT_SIGNATURE_INVALID, "消息体签名校验或解密失败");
        }
    }

    private String encryptedPart(String body) {
        String trimmed = body.trim();
        if (trimmed.startsWith("<")) {
            Matcher matcher = XML_ENCRYPT.matcher(trimmed);
            if (matcher.find()) {
                return matcher.group(1);
            }
        } else {
            try {
                JsonNode node = json.readTree(trimmed);
                if (node.hasNonNull("Encrypt")) {
                    return node.get("Encrypt").asText();
                }
            } catch (IOException e) {
                throw new ApiException(ErrorCode.BAD_REQUEST, "推送消息格式不正确");
            }
        }
        throw new ApiException(ErrorCode.BAD_REQUEST, "推送消息缺少密文");
    }

    private static WxMaMessage parse(String plain) {
        try {
            String trimmed = plain.trim();
            return trimmed.startsWith("<") ? WxMaMessage.fromXml(trimmed) : WxMaMessage.fromJson(trimmed);
        } catch (RuntimeException e) {
            throw new ApiException(ErrorCode.BAD_REQUEST, "推送消息格式不正确");
        }
    }
}
