package org.wenming.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.util.StringUtils;
import org.wenming.common.error.ApiException;
import org.wenming.common.error.ErrorCode;

/**
 * What an item needs before it can go to review. Drafts may be incomplete; a submission may not, so a
 * reviewer never approves an audio item without audio or a poster without its quote.
 */
final class ContentCompleteness {

    private ContentCompleteness() {}

    static void check(Content c) {
        List<String> missing = new ArrayList<>();
        switch (c.getKind()) {
            case AUDIO -> {
                require(missing, c.getMediaKey(), "mediaKey", "音频文件");
                require(missing, c.getDurationSeconds(), "durationSeconds", "时长");
            }
            case POSTER -> {
                require(missing, c.getImageKey(), "imageKey", "海报图片");
                require(missing, c.getQuote(), "quote", "金句");
                require(missing, c.getQuoteSource(), "quoteSource", "出处");
            }
            case FESTIVAL_ITEM -> require(missing, c.getFestivalCode(), "festivalCode", "节日");
            case BRAND_PROJECT -> {
                require(missing, c.getVolunteerTeam(), "volunteerTeam", "志愿服务队");
                require(missing, c.getProjectYear(), "projectYear", "年度");
                require(missing, c.getOrigin(), "origin", "项目来源");
            }
        }
        if (!missing.isEmpty()) {
            List<Map<String, String>> errors = missing.stream()
                    .map(entry -> entry.split(":", 2))
                    .map(parts -> Map.of("field", parts[0], "message", "请填写" + parts[1]))
                    .toList();
            throw new ApiException(
                    ErrorCode.CONTENT_INCOMPLETE,
                    "提交审核前请补全："
                            + String.join(
                                    "、",
                                    missing.stream()
                                            .map(entry -> entry.split(":", 2)[1])
                                            .toList()),
                    Map.of("errors", errors));
        }
    }

    private static void require(List<String> missing, Object value, String field, String label) {
        boolean present = value instanceof String text ? StringUtils.hasText(text) : value != null;
        if (!present) {
            missing.add(field + ":" + label);
        }
    }
}
