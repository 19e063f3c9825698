package org.wenming.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wenming.common.error.ApiException;
import org.wenming.common.error.ErrorCode;

/** The rules each kind sets for a submission, without the application around them. */
class ContentCompletenessTest {

    @Test
    void completeItemsOfEveryKindPass() {
        assertThatCode(() -> ContentCompleteness.check(new AudioFields("a.mp3", 95, null, null)))
                .doesNotThrowAnyException();
        assertThatCode(() -> ContentCompleteness.check(new PosterFields("p.png", "幸福都是奋斗出来的", "新年贺词", null)))
                .doesNotThrowAnyException();
        assertThatCode(() -> ContentCompleteness.check(new FestivalFields("DUANWU", null, null)))
                .doesNotThrowAnyException();
        assertThatCode(() -> ContentCompleteness.check(
                        new BrandProjectFields(null, "志愿服务队", null, null, null, 2026, ProjectOrigin.NEW)))
                .doesNotThrowAnyException();
    }

    @Test
    void anAudioItemWithoutItsFileNamesTheFileAndTheDuration() {
        ApiException refused = refused(AudioFields.NONE);

        assertThat(refused.code()).isEqualTo(ErrorCode.CONTENT_INCOMPLETE);
        assertThat(refused.getMessage()).isEqualTo("提交审核前请补全：音频文件、时长");
        assertThat(fields(refused)).containsExactly("mediaKey", "durationSeconds");
    }

    @Test
    void blankTextCountsAsMissing() {
        ApiException refused = refused(new PosterFields("p.png", "  ", "", "解读"));

        assertThat(fields(refused)).containsExactly("quote", "quoteSource");
        assertThat(errors(refused).get(0)).containsEntry("message", "请填写金句");
    }

    @Test
    void aFestivalItemNeedsOnlyItsFestival() {
        ApiException refused = refused(new FestivalFields(null, LocalDateTime.of(2027, 6, 9, 9, 0), "文明实践所"));

        assertThat(fields(refused)).containsExactly("festivalCode");
    }

    @Test
    void aBrandProjectNeedsItsTeamYearAndOrigin() {
        ApiException refused = refused(new BrandProjectFields(6L, null, 12, 300, List.of(), null, null));

        assertThat(fields(refused)).containsExactly("volunteerTeam", "projectYear", "origin");
    }

    @Test
    void onlyTheItemsOwnKindCounts() {
        ContentFields poster = new ContentFields(
                ContentKind.POSTER,
                "海报",
                null,
                null,
                null,
                null,
                null,
                1L,
                null,
                null,
                null,
                new PosterFields("p.png", "金句", "出处", null),
                null,
                null,
                null);

        assertThatCode(() -> ContentCompleteness.check(poster.ofKind())).doesNotThrowAnyException();
    }

    private static ApiException refused(KindFields fields) {
        return catchThrowableOfType(ApiException.class, () -> ContentCompleteness.check(fields));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, String>> errors(ApiException refused) {
        return (List<Map<String, String>>) refused.properties().get("errors");
    }

    private static List<String> fields(ApiException refused) {
        return errors(refused).stream().map(error -> error.get("field")).toList();
    }
}
