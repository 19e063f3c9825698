package org.wenming.content;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.util.StringUtils;
import org.wenming.common.error.ApiException;
import org.wenming.common.error.ErrorCode;

/**
 * What an item needs before it can go to review. Drafts may be incomplete; a submission may not, so a
 * reviewer never approves an audio item without audio or a poster without its quote. Each kind lists its
 * own requirements ({@link KindFields#requirements()}).
 */
final class ContentCompleteness {

    private ContentCompleteness() {}

    /** One field a submission needs; {@code label} names it to the editor. */
    record Requirement(String field, String label, Object value) {

        boolean isMet() {
            return value instanceof String text ? StringUtils.hasText(text) : value != null;
        }
    }

    static void check(KindFields fields) {
        List<Requirement> missing = fields.requirements().stream()
                .filter(requirement -> !requirement.isMet())
                .toList();
        if (missing.isEmpty()) {
            return;
        }
        List<Map<String, String>> errors = missing.stream()
                .map(requirement -> Map.of("field", requirement.field(), "message", "请填写" + requirement.label()))
                .toList();
        throw new ApiException(
                ErrorCode.CONTENT_INCOMPLETE,
                "提交审核前请补全：" + missing.stream().map(Requirement::label).collect(Collectors.joining("、")),
                Map.of("errors", errors));
    }
}
