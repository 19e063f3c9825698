package org.wenming.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.media.Schema;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.wenming.support.IntegrationTest;
import org.wenming.support.TestProfiles;

@Tag(TestProfiles.DATABASE_NEUTRAL)
@IntegrationTest
class ApiDocsTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlers;

    @Test
    void openApiDescribesTheAdminAndMiniApis() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/admin/v1/contents']").exists())
                .andExpect(jsonPath("$.paths['/api/mini/v1/home']").exists());
        mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
    }

    /** springdoc names a schema by the type's simple name, so two nested {@code Item}s would become one. */
    @Test
    void noTwoApiTypesShareASchemaName() {
        Map<String, Set<String>> typesByName = new TreeMap<>();
        Set<Class<?>> seen = new HashSet<>();
        handlers.getHandlerMethods()
                .values()
                .forEach(handler -> apiTypes(handler).forEach(type -> collect(type, seen, typesByName)));

        assertThat(typesByName).containsKeys("SearchResultItem", "PlaylistItem", "ScheduleItem");
        assertThat(typesByName.entrySet())
                .filteredOn(entry -> entry.getValue().size() > 1)
                .as("schema names used by more than one type (give one of them @Schema(name = …))")
                .isEmpty();
    }

    @Test
    void everyOperationHasASummaryAndDocumentsItsErrorsAsProblemJson() throws Exception {
        JsonNode paths = document().get("paths");
        List<String> withoutSummary = new ArrayList<>();
        List<String> withoutErrors = new ArrayList<>();
        List<String> withWildcardJson = new ArrayList<>();
        paths.fields()
                .forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
                    if (!METHODS.contains(operation.getKey())) {
                        return;
                    }
                    String name = operation.getKey().toUpperCase() + " " + path.getKey();
                    JsonNode op = operation.getValue();
                    if (op.path("summary").asText().isBlank()) {
                        withoutSummary.add(name);
                    }
                    boolean documentsClientErrors = false;
                    for (var response = op.get("responses").fields(); response.hasNext(); ) {
                        var entry = response.next();
                        if (entry.getKey().startsWith("4")
                                && entry.getValue().path("content").has("application/problem+json")) {
                            documentsClientErrors = true;
                        }
                        if (entry.getValue().path("content").has("*/*")) {
                            withWildcardJson.add(name + " " + entry.getKey());
                        }
                    }
                    if (!documentsClientErrors) {
                        withoutErrors.add(name);
                    }
                }));

        assertThat(withoutSummary).as("operations without a summary").isEmpty();
        assertThat(withoutErrors)
                .as("operations without a 4xx problem+json response")
                .isEmpty();
        assertThat(withWildcardJson).as("responses documented as */*").isEmpty();
    }

    @Test
    void eachApiFamilyDocumentsItsCredentials() throws Exception {
        JsonNode document = document();
        assertThat(document.at("/components/securitySchemes").fieldNames())
                .toIterable()
                .contains("adminSession", "csrfHeader", "residentToken", "stationKey");
        assertThat(document.at("/paths/~1api~1admin~1v1~1contents/post/security")
                        .toString())
                .contains("adminSession", "csrfHeader");
        assertThat(document.at("/paths/~1api~1admin~1v1~1contents/get/security").toString())
                .contains("adminSession")
                .doesNotContain("csrfHeader");
        assertThat(document.at("/paths/~1api~1mini~1v1~1me/get/security").toString())
                .contains("residentToken");
        assertThat(document.at("/paths/~1api~1station~1v1~1receipts/post/security")
                        .toString())
                .contains("stationKey");
        assertThat(document.at("/paths/~1api~1admin~1v1~1media~1{use}/post/requestBody/content")
                        .path("multipart/form-data")
                        .at("/schema/properties/file/format")
                        .asText())
                .isEqualTo("binary");
        assertThat(document.at("/components/schemas/Problem/properties/code/enum")
                        .toString())
                .contains("CONTENT_NOT_FOUND");
    }

    @Test
    void theFieldsEachKindNeedsForReviewAreDocumentedAndA304HasNoBody() throws Exception {
        JsonNode document = document();
        JsonNode requirements = document.at("/components/schemas/ContentFields/x-required-for-submit");
        assertThat(requirements.path("AUDIO").toString()).contains("mediaKey", "durationSeconds");
        assertThat(requirements.fieldNames()).toIterable().contains("POSTER", "FESTIVAL_ITEM", "BRAND_PROJECT");
        assertThat(document.at("/paths/~1api~1admin~1v1~1contents~1{id}~1submit/post/description")
                        .asText())
                .contains("CONTENT_INCOMPLETE");
        assertThat(document.at("/paths/~1api~1station~1v1~1playlist/get/responses/304")
                        .has("content"))
                .isFalse();
        assertThat(document.at("/paths/~1api~1mini~1v1~1home/get/responses/304").isMissingNode())
                .isFalse();
    }

    private JsonNode document() throws Exception {
        return json.readTree(
                mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private static List<Type> apiTypes(HandlerMethod handler) {
        List<Type> types = new ArrayList<>();
        types.add(handler.getMethod().getGenericReturnType());
        for (var parameter : handler.getMethodParameters()) {
            if (parameter.hasParameterAnnotation(RequestBody.class)) {
                types.add(parameter.getGenericParameterType());
            }
        }
        return types;
    }

    private static void collect(Type type, Set<Class<?>> seen, Map<String, Set<String>> typesByName) {
        if (type instanceof ParameterizedType parameterized) {
            collect(parameterized.getRawType(), seen, typesByName);
            for (Type argument : parameterized.getActualTypeArguments()) {
                collect(argument, seen, typesByName);
            }
        } else if (type instanceof GenericArrayType array) {
            collect(array.getGenericComponentType(), seen, typesByName);
        } else if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                collect(bound, seen, typesByName);
            }
        } else if (type instanceof Class<?> clazz) {
            if (clazz.isArray()) {
                collect(clazz.getComponentType(), seen, typesByName);
                return;
            }
            if (!clazz.getName().startsWith("org.wenming.") || clazz.isEnum() || !seen.add(clazz)) {
                return;
            }
            if (clazz.getTypeParameters().length == 0) {
                typesByName
                        .computeIfAbsent(schemaName(clazz), name -> new TreeSet<>())
                        .add(clazz.getName());
            }
            for (Type member : memberTypes(clazz)) {
                collect(member, seen, typesByName);
            }
        }
    }

    private static String schemaName(Class<?> clazz) {
        Schema schema = clazz.getAnnotation(Schema.class);
        return schema != null && !schema.name().isBlank() ? schema.name() : clazz.getSimpleName();
    }

    private static List<Type> memberTypes(Class<?> clazz) {
        List<Type> types = new ArrayList<>();
        if (clazz.isRecord()) {
            for (RecordComponent component : clazz.getRecordComponents()) {
                types.add(component.getGenericType());
            }
            return types;
        }
        for (Class<?> c = clazz; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers())) {
                    types.add(field.getGenericType());
                }
            }
        }
        return types;
    }
}
