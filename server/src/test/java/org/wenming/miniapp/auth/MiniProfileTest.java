package org.wenming.miniapp.auth;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.wenming.support.IntegrationTest;
import org.wenming.support.MiniApi;
import org.wenming.support.WeChatStub;

/** What residents set themselves: phone (from a getPhoneNumber code), nickname (checked) and avatar. */
@IntegrationTest
class MiniProfileTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    MiniApi mini;

    @BeforeEach
    void setUp() throws Exception {}

    @Test
    void aPhoneCodeBindsTheNumberWhichIsShownMasked() throws Exception {
        MiniApi.Resident resident = mini.login();
        resident.post("/api/mini/v1/me/phone", Map.of("code", "phone-ok"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.phone").value("138****5678"));
        resident.get("/api/mini/v1/me").andExpect(jsonPath("$.phone").value("138****5678"));

        resident.post("/api/mini/v1/me/phone", Map.of("code", "invalid-phone"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("WECHAT_CODE_INVALID"));
    }

    @Test
    void nicknamesPassTheWordListAndWeChatsTextCheck() throws Exception {
        MiniApi.Resident resident = mini.login();
        resident.put("/api/mini/v1/me/profile", Map.of("nickname", "  草原志愿者  "))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.nickname").value("草原志愿者"));

        resident.put("/api/mini/v1/me/profile", Map.of("nickname", "风吹草低[risky]"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("CONTENT_RISKY"));

        String blocked = "网 赌" + MiniApi.unique("");
        resident.put("/api/mini/v1/me/profile", Map.of("nickname", blocked))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("CONTENT_RISKY"));
        assertThat(WeChatStub.server()
                        .countRequestsMatching(postRequestedFor(urlPathEqualTo("/wxa/msg_sec_check"))
                                .withRequestBody(containing(blocked.substring(3)))
                                .build())
                        .getCount())
                .isZero();

        resident.get("/api/mini/v1/me").andExpect(jsonPath("$.nickname").value("草原志愿者"));
    }

    @Test
    void anAvatarIsAnUploadedImageServedBackReencodedAndSandboxed() throws Exception {
        MiniApi.Resident resident = mini.login();
        byte[] png = png();
        String url = mini.read(resident.perform(MockMvcRequestBuilders.multipart("/api/mini/v1/me/avatar")
                                .file(new MockMultipartFile("file", "me.png", "image/png", png)))
                        .andExpect(status().isOk()))
                .get("avatarUrl")
                .asText();

        assertThat(url).startsWith("http://localhost/api/mini/v1/images/avatar-");
        byte[] served = mini.anonymous(MockMvcRequestBuilders.get(url), MiniApi.newIp())
                .andExpect(status().isOk())
                .andExpect(content().contentType("image/png"))
                .andExpect(header().string("Content-Security-Policy", "default-src 'none'; sandbox"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(ImageIO.read(new ByteArrayInputStream(served)).getWidth()).isEqualTo(40);

        resident.perform(MockMvcRequestBuilders.multipart("/api/mini/v1/me/avatar")
                        .file(new MockMultipartFile(
                                "file", "me.png", "image/png", "not an image".getBytes(StandardCharsets.UTF_8))))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.code").value("MEDIA_TYPE_NOT_ALLOWED"));
        mini.anonymous(MockMvcRequestBuilders.get("/api/mini/v1/images/avatar-not-a-key.png"), MiniApi.newIp())
                .andExpect(status().isNotFound());
    }

    @Test
    void anAvatarSentAsJsonInsteadOfAFormIsRefusedAsABadRequest() throws Exception {
        MiniApi.Resident resident = mini.login();

        resident.post("/api/mini/v1/me/avatar", Map.of("file", "me.png"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.code").value("INVALID_PARAMETER"));
    }

    static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(40, 40, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
