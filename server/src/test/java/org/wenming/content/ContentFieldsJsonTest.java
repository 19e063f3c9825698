package org.wenming.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The per-kind records are {@code @JsonUnwrapped} components of a record, which Jackson reads only since
 * 2.19: revisions stored as flat JSON before the records existed must read into them with every field,
 * and written again to the same text. The mapper is configured as the application's (spring.jackson).
 */
class ContentFieldsJsonTest {

    /** Snapshots that ContentHistory wrote before the fields of each kind were nested records. */
    static final String FIXTURE = "/revisions/snapshots-before-kind-records.jsonl";

    static final String IMAGE = "07a40438e5fa5f8678b2261b6ec2a3392bb1ac98ab82eb4e8fc683cb915a695b.png";
    static final String AUDIO = "4213c4aea86a5aa8d58cbd092702c773ddb00b13d08f8d0e823219e5299b7f08.mp3";

    private final ObjectMapper json = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    static List<String> snapshots() throws IOException {
        try (InputStream in = ContentFieldsJsonTest.class.getResourceAsStream(FIXTURE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    /** What each stored snapshot holds, field by field. */
    static List<ContentFields> expected() {
        return List.of(
                shared(
                        ContentKind.AUDIO,
                        "广播音频",
                        new AudioFields(AUDIO, 7, "乡亲们，大家好。旧版快照广播音频", "学习宣传贯彻党的二十大精神"),
                        PosterFields.NONE,
                        FestivalFields.NONE),
                shared(
                        ContentKind.POSTER,
                        "平语近人",
                        AudioFields.NONE,
                        new PosterFields(IMAGE, "幸福都是奋斗出来的", "二〇一八年新年贺词", "美好生活要靠辛勤劳动创造。"),
                        FestivalFields.NONE),
                shared(
                        ContentKind.FESTIVAL_ITEM,
                        "我们的节日",
                        AudioFields.NONE,
                        PosterFields.NONE,
                        new FestivalFields("DUANWU", LocalDateTime.of(2026, 6, 19, 9, 30), "新时代文明实践所")),
                new ContentFields(
                        ContentKind.BRAND_PROJECT,
                        "旧版快照品牌项目",
                        "旧版快照品牌项目的简介",
                        "<p>旧版快照品牌项目</p>",
                        IMAGE,
                        "zh",
                        "文明实践",
                        6L,
                        List.of("快照", "测试"),
                        true,
                        AudioFields.NONE,
                        PosterFields.NONE,
                        FestivalFields.NONE,
                        new BrandProjectFields(6L, "文明实践志愿服务队", 12, 300, List.of(IMAGE), 2026, ProjectOrigin.NEW),
                        1));
    }

    /** Items of the other kinds had an empty gallery in their snapshots. */
    private static ContentFields shared(
            ContentKind kind, String label, AudioFields audio, PosterFields poster, FestivalFields festival) {
        String title = "旧版快照" + label;
        return new ContentFields(
                kind,
                title,
                title + "的简介",
                "<p>" + title + "</p>",
                IMAGE,
                "zh",
                "文明实践",
                6L,
                List.of("快照", "测试"),
                true,
                audio,
                poster,
                festival,
                new BrandProjectFields(null, null, null, null, List.of(), null, null),
                1);
    }

    @Test
    void oldSnapshotsReadIntoTheKindRecordsWithEveryField() throws IOException {
        List<ContentFields> read = snapshots().stream().map(this::read).toList();

        assertThat(read).containsExactlyElementsOf(expected());
    }

    @Test
    void snapshotsAreWrittenInTheOldFlatFormat() throws IOException {
        for (String snapshot : snapshots()) {
            assertThat(json.writeValueAsString(read(snapshot))).isEqualTo(snapshot);
        }
    }

    @Test
    void absentKindsReadAsEmptyRecords() throws IOException {
        ContentFields fields =
                json.readValue("{\"kind\":\"AUDIO\",\"title\":\"标题\",\"orgUnitId\":1}", ContentFields.class);

        assertThat(fields.audio()).isEqualTo(AudioFields.NONE);
        assertThat(fields.brandProject()).isEqualTo(BrandProjectFields.NONE);
        assertThat(json.writeValueAsString(fields)).isEqualTo("{\"kind\":\"AUDIO\",\"title\":\"标题\",\"orgUnitId\":1}");
    }

    private ContentFields read(String snapshot) {
        try {
            return json.readValue(snapshot, ContentFields.class);
        } catch (IOException e) {
            throw new AssertionError("Unreadable snapshot " + snapshot, e);
        }
    }
}
