package org.wenming.support;

import java.time.Clock;
import me.chanjar.weixin.common.util.crypto.SHA1;
import me.chanjar.weixin.common.util.crypto.WxCryptUtil;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Builds WeChat's message pushes to /wx/portal as WeChat does in safe mode: AES-encrypted JSON, signed. */
public final class WeChatPush {

    private WeChatPush() {}

    /** The asynchronous media-check verdict WeChat pushes for a trace id. */
    public static String mediaCheckVerdict(String traceId, String openid, String suggest, int label) {
        return """
                {"ToUserName":"gh_test","FromUserName":"%s","CreateTime":%d,"MsgType":"event",
                 "Event":"wxa_media_check","appid":"%s","trace_id":"%s","version":2,
                 "detail":[{"strategy":"content_model","errcode":0,"suggest":"%s","label":%d,"prob":90}],
                 "errcode":0,"errmsg":"ok","result":{"suggest":"%s","label":%d}}
                """.formatted(
                openid, System.currentTimeMillis() / 1000, WeChatStub.APPID, traceId, suggest, label, suggest, label);
    }

    /** An encrypted push signed with the push token, timed by the product clock. */
    public static MockHttpServletRequestBuilder encrypted(String plainJson, Clock clock) {
        return encrypted(plainJson, clock, WeChatStub.TOKEN);
    }

    public static MockHttpServletRequestBuilder encrypted(String plainJson, Clock clock, String signingToken) {
        String timestamp = String.valueOf(clock.millis() / 1000);
        String nonce = "n" + System.nanoTime();
        String encrypted = new WxCryptUtil(WeChatStub.TOKEN, WeChatStub.AES_KEY, WeChatStub.APPID)
                .encrypt("abcdefghijklmnop", plainJson);
        return MockMvcRequestBuilders.post("/wx/portal")
                .param("signature", SHA1.gen(signingToken, timestamp, nonce))
                .param("timestamp", timestamp)
                .param("nonce", nonce)
                .param("openid", "openid-push")
                .param("encrypt_type", "aes")
                .param("msg_signature", SHA1.gen(signingToken, timestamp, nonce, encrypted))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"ToUserName\":\"gh_test\",\"Encrypt\":\"" + encrypted + "\"}");
    }
}
