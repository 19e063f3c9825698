package org.wenming.wechat;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import me.chanjar.weixin.common.util.crypto.SHA1;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.wenming.support.IntegrationTest;
import org.wenming.support.MutableClock;
import org.wenming.support.TestProfiles;
import org.wenming.support.WeChatPush;
import org.wenming.support.WeChatStub;

/** The message-push endpoint accepts only what WeChat signed (and, in safe mode, encrypted) recently. */
@Tag(TestProfiles.DATABASE_NEUTRAL)
@IntegrationTest
class WeChatPortalTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    @Test
    void theUrlCheckEchoesOnlyWithAValidSignature() throws Exception {
        String timestamp = String.valueOf(clock.millis() / 1000);
        mvc.perform(MockMvcRequestBuilders.get("/wx/portal")
                        .param("timestamp", timestamp)
                        .param("nonce", "abc")
                        .param("signature", SHA1.gen(WeChatStub.TOKEN, timestamp, "abc"))
                        .param("echostr", "echo-123"))
                .andExpect(status().isOk())
                .andExpect(content().string("echo-123"));
        mvc.perform(MockMvcRequestBuilders.get("/wx/portal")
                        .param("timestamp", timestamp)
                        .param("nonce", "abc")
                        .param("signature", "0000")
                        .param("echostr", "echo-123"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("WECHAT_SIGNATURE_INVALID"));
    }

    @Test
    void aSignedEncryptedPushIsAccepted() throws Exception {
        mvc.perform(WeChatPush.encrypted(WeChatPush.mediaCheckVerdict("trace-unknown", "o", "pass", 100), clock))
                .andExpect(status().isOk())
                .andExpect(content().string("success"));
    }

    @Test
    void pushesWithAWrongSignatureTamperedBodyOrOldTimestampAreRefused() throws Exception {
        String verdict = WeChatPush.mediaCheckVerdict("trace-forged", "o", "pass", 100);
        mvc.perform(WeChatPush.encrypted(verdict, clock, "not-the-token"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("WECHAT_SIGNATURE_INVALID"));

        String timestamp = String.valueOf(clock.millis() / 1000);
        mvc.perform(MockMvcRequestBuilders.post("/wx/portal")
                        .param("timestamp", timestamp)
                        .param("nonce", "n")
                        .param("signature", SHA1.gen(WeChatStub.TOKEN, timestamp, "n"))
                        .param("encrypt_type", "aes")
                        .param("msg_signature", "forged")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"ToUserName\":\"gh_test\",\"Encrypt\":\"AAAA\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("WECHAT_SIGNATURE_INVALID"));

        var old = WeChatPush.encrypted(verdict, clock);
        clock.advance(Duration.ofMinutes(11));
        mvc.perform(old).andExpect(status().isForbidden());
    }
}
