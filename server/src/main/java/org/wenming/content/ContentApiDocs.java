package org.wenming.content;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The fields each kind needs before it can go to review, written into the document from the same
 * requirements {@link ContentCompleteness} checks: drafts may lack them, so they are not JSON Schema
 * {@code required}, but clients can show them before the 422 CONTENT_INCOMPLETE of a submit.
 */
@Configuration
class ContentApiDocs {

    static final String SUBMIT_PATH = "/api/admin/v1/contents/{id}/submit";

    @Bean
    OpenApiCustomizer submitRequirements() {
        return openApi -> {
            Map<String, List<String>> byKind = requiredForSubmit();
            String text = describe();
            Map<String, Schema> schemas = openApi.getComponents().getSchemas();
            for (String name : List.of("ContentFields", "ContentView")) {
                Schema<?> schema = schemas.get(name);
                if (schema != null) {
                    schema.description("内容字段（各类型字段平铺）。" + text);
                    schema.addExtension("x-required-for-submit", byKind);
                }
            }
            PathItem submit = openApi.getPaths().get(SUBMIT_PATH);
            if (submit != null && submit.getPost() != null) {
                Operation operation = submit.getPost();
                operation.description(text + "缺项时答 422 CONTENT_INCOMPLETE，errors 逐项列出。");
            }
        };
    }

    private static Map<String, List<String>> requiredForSubmit() {
        Map<String, List<String>> byKind = new LinkedHashMap<>();
        for (ContentKind kind : ContentKind.values()) {
            byKind.put(
                    kind.name(),
                    emptyFieldsOf(kind).requirements().stream()
                            .map(ContentCompleteness.Requirement::field)
                            .toList());
        }
        return byKind;
    }

    private static String describe() {
        return "提交审核时各类型必填："
                + Arrays.stream(ContentKind.values())
                        .map(kind -> kind.name() + "："
                                + emptyFieldsOf(kind).requirements().stream()
                                        .map(r -> r.field() + "（" + r.label() + "）")
                                        .collect(Collectors.joining("、")))
                        .collect(Collectors.joining("；"))
                + "。";
    }

    private static KindFields emptyFieldsOf(ContentKind kind) {
        return switch (kind) {
            case AUDIO -> AudioFields.NONE;
            case POSTER -> PosterFields.NONE;
            case FESTIVAL_ITEM -> FestivalFields.NONE;
            case BRAND_PROJECT -> BrandProjectFields.NONE;
        };
    }
}
