package org.wenming.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.wenming.content.ContentKind;

/** Complete, valid fields of each kind, ready to submit for review. */
public final class ContentSamples {

    /** Real uploads (see {@link SampleMedia}); the typed duration below is ignored for the file's. */
    public static final String AUDIO_KEY = SampleMedia.AUDIO_KEY;

    public static final String IMAGE_KEY = SampleMedia.IMAGE_KEY;

    private ContentSamples() {}

    public static Map<String, Object> of(ContentKind kind, long orgUnitId, String title) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("kind", kind.name());
        fields.put("title", title);
        fields.put("summary", title + "的简介");
        fields.put("body", "<p>" + title + "</p>");
        fields.put("orgUnitId", orgUnitId);
        fields.put("language", "zh");
        fields.put("tags", List.of("测试"));
        switch (kind) {
            case AUDIO -> {
                fields.put("mediaKey", AUDIO_KEY);
                fields.put("durationSeconds", 95);
                fields.put("transcript", "乡亲们，大家好。" + title);
                fields.put("theme", "学习宣传贯彻党的二十大精神");
            }
            case POSTER -> {
                fields.put("imageKey", IMAGE_KEY);
                fields.put("quote", "幸福都是奋斗出来的");
                fields.put("quoteSource", "二〇一八年新年贺词");
                fields.put("interpretation", "美好生活要靠辛勤劳动创造。");
            }
            case FESTIVAL_ITEM -> {
                fields.put("festivalCode", "DUANWU");
                fields.put("activityPlace", "新时代文明实践所");
            }
            case BRAND_PROJECT -> {
                fields.put("volunteerTeam", "文明实践志愿服务队");
                fields.put("projectYear", 2026);
                fields.put("origin", "NEW");
                fields.put("activityCount", 12);
                fields.put("servedCount", 300);
            }
        }
        return fields;
    }
}
