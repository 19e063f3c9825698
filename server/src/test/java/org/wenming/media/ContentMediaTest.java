package org.wenming.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.Color;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.wenming.common.security.Role;
import org.wenming.content.ContentKind;
import org.wenming.support.AdminApi;
import org.wenming.support.ContentSamples;
import org.wenming.support.IntegrationTest;
import org.wenming.support.TestMedia;

/** Content references real uploads: durations come from files, and keys must exist, fit and be in scope. */
@IntegrationTest
class ContentMediaTest {

    private static final String TOWNSHIP = "huanghuatala-sumu";
    private static final String OTHER = "qinglongzhang-zhen";

    @Autowired
    AdminApi api;

    @Autowired
    MediaCatalog catalog;

    @Test
    void anAudioItemTakesItsDurationFromTheFileNotFromWhatTheEditorTyped() throws Exception {
        AdminApi.Session editor = api.newUser(TOWNSHIP, Role.EDITOR);
        String key = editor.uploadKey("audio", "二十三秒.mp3", TestMedia.mp3(23));
        Map<String, Object> item = ContentSamples.of(ContentKind.AUDIO, api.unitId(TOWNSHIP), "真实时长");
        item.put("mediaKey", key);
        item.put("durationSeconds", 999);

        long id = editor.create(item);

        assertThat(editor.content(id).get("durationSeconds").asInt()).isEqualTo(23);
        MediaInfo info = catalog.find(key).orElseThrow();
        assertThat(info.durationSeconds()).isEqualTo(23);
        assertThat(info.sha256()).isEqualTo(key.substring(0, 64));
        assertThat(info.sizeBytes()).isEqualTo(TestMedia.mp3(23).length);
    }

    @Test
    void keysThatWereNeverUploadedAreRefused() throws Exception {
        AdminApi.Session editor = api.newUser(TOWNSHIP, Role.EDITOR);
        Map<String, Object> audio = ContentSamples.of(ContentKind.AUDIO, api.unitId(TOWNSHIP), "没上传的音频");
        audio.put("mediaKey", "d".repeat(64) + ".mp3");
        editor.post("/api/admin/v1/contents", audio)
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("MEDIA_REFERENCE_INVALID"))
                .andExpect(jsonPath("$.errors[0].field").value("mediaKey"));

        Map<String, Object> project = ContentSamples.of(ContentKind.BRAND_PROJECT, api.unitId(TOWNSHIP), "相册");
        project.put("galleryKeys", List.of(ContentSamples.IMAGE_KEY, "e".repeat(64) + ".jpg"));
        editor.post("/api/admin/v1/contents", project)
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("galleryKeys[1]"));
    }

    @Test
    void anImageCannotStandInForAudioNorAudioForAPoster() throws Exception {
        AdminApi.Session editor = api.newUser(TOWNSHIP, Role.EDITOR);
        Map<String, Object> audio = ContentSamples.of(ContentKind.AUDIO, api.unitId(TOWNSHIP), "图片当音频");
        audio.put("mediaKey", ContentSamples.IMAGE_KEY);
        editor.post("/api/admin/v1/contents", audio).andExpect(status().isUnprocessableEntity());
        Map<String, Object> poster = ContentSamples.of(ContentKind.POSTER, api.unitId(TOWNSHIP), "音频当海报");
        poster.put("coverKey", ContentSamples.AUDIO_KEY);
        editor.post("/api/admin/v1/contents", poster)
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("coverKey"));
    }

    @Test
    void anotherTownshipsUnpublishedMediaCannotBeReferencedUntilItIsPublished() throws Exception {
        AdminApi.Session owner = api.newUser(OTHER, Role.EDITOR);
        String key = owner.uploadKey(
                "image", "别人的海报.png", TestMedia.png(200, 300, new Color((int) (System.nanoTime() & 0xFFFFFF))));
        AdminApi.Session stranger = api.newUser(TOWNSHIP, Role.EDITOR);
        Map<String, Object> poster = ContentSamples.of(ContentKind.POSTER, api.unitId(TOWNSHIP), "借用海报");
        poster.put("imageKey", key);
        stranger.post("/api/admin/v1/contents", poster)
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("MEDIA_REFERENCE_INVALID"));

        Map<String, Object> own = ContentSamples.of(ContentKind.POSTER, api.unitId(OTHER), "本镇海报");
        own.put("imageKey", key);
        long id = owner.create(own);
        owner.action(id, "submit").andExpect(status().isOk());
        AdminApi.Session reviewer = api.newUser("naiman", Role.REVIEWER);
        reviewer.action(id, "approve").andExpect(status().isOk());
        reviewer.action(id, "publish").andExpect(status().isOk());

        stranger.post("/api/admin/v1/contents", poster).andExpect(status().isCreated());
    }

    @Test
    void aVillageEditorMayUseMaterialTheBannerOfficeUploaded() throws Exception {
        AdminApi.Session banner = api.newUser("naiman", Role.EDITOR);
        String key = banner.uploadKey("audio", "旗里下发.mp3", TestMedia.mp3(9));
        AdminApi.Session village = api.newUser(TOWNSHIP, Role.EDITOR);
        Map<String, Object> item = ContentSamples.of(ContentKind.AUDIO, api.unitId(TOWNSHIP), "转播旗里的广播");
        item.put("mediaKey", key);
        assertThat(village.content(village.create(item)).get("durationSeconds").asInt())
                .isEqualTo(9);
    }
}
