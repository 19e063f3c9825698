package org.wenming.common.config;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.wenming.common.error.ErrorCode;
import org.wenming.common.security.SecurityConfig;

/**
 * What /v3/api-docs says beyond the handlers themselves: the three security schemes, the problem+json body of
 * every error with the stable codes each status can carry, and which errors each API family answers with.
 * Mini-program handlers declare their resident token themselves (see the miniapp module's customizer).
 */
@Configuration
class OpenApiConfig {

    static final String ADMIN_SESSION = "adminSession";
    static final String CSRF_HEADER = "csrfHeader";
    static final String STATION_KEY = "stationKey";
    static final String STATION_KEY_QUERY = "stationKeyQuery";
    static final String PROBLEM = "Problem";
    private static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    /** Codes only one API family answers with, so the others' error descriptions leave them out. */
    private static final Map<String, Set<ErrorCode>> FAMILY_CODES = Map.of(
            "/api/admin/",
            EnumSet.of(
                    ErrorCode.BAD_CREDENTIALS,
                    ErrorCode.ACCOUNT_LOCKED,
                    ErrorCode.ACCOUNT_DISABLED,
                    ErrorCode.CSRF_INVALID,
                    ErrorCode.OUT_OF_SCOPE,
                    ErrorCode.SELF_APPROVAL,
                    ErrorCode.REVIEWER_ALREADY_APPROVED),
            "/api/mini/",
            EnumSet.of(ErrorCode.TOKEN_INVALID, ErrorCode.WECHAT_CODE_INVALID, ErrorCode.CONTENT_RISKY),
            "/api/station/",
            EnumSet.of(ErrorCode.STATION_KEY_MISSING, ErrorCode.STATION_KEY_INVALID, ErrorCode.STATION_DISABLED),
            "/wx/",
            EnumSet.of(ErrorCode.WECHAT_SIGNATURE_INVALID));

    private static final Set<String> PUBLIC_ADMIN_PATHS =
            Set.of(SecurityConfig.LOGIN_PATH, SecurityConfig.CSRF_PATH, SecurityConfig.SESSION_PATH);

    @Bean
    OpenApiCustomizer contractCustomizer() {
        return openApi -> {
            openApi.info(new Info()
                    .title("文明实践宣传平台 API")
                    .version("v1")
                    .description("管理端（/api/admin，会话 Cookie + CSRF 请求头）、小程序端（/api/mini，Bearer 令牌）、"
                            + "广播站（/api/station，X-Station-Key）。时间一律为带时区偏移的 ISO-8601（如 "
                            + "2026-12-01T15:15:50+08:00）；错误一律为 RFC 9457 problem+json，code 为稳定的错误码。"));
            Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
            openApi.components(components);
            addSecuritySchemes(components);
            components.addSchemas(PROBLEM, problemSchema());
            openApi.getPaths()
                    .forEach((path, item) ->
                            item.readOperationsMap().forEach((method, operation) -> describe(path, method, operation)));
        };
    }

    private static void addSecuritySchemes(Components components) {
        components
                .addSecuritySchemes(
                        ADMIN_SESSION,
                        new SecurityScheme()
                                .type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.COOKIE)
                                .name("WENMING_SESSION")
                                .description("管理员登录（POST /api/admin/v1/auth/login）后的会话 Cookie"))
                .addSecuritySchemes(
                        CSRF_HEADER,
                        new SecurityScheme()
                                .type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.HEADER)
                                .name("X-XSRF-TOKEN")
                                .description("修改类请求须回传 XSRF-TOKEN Cookie 的值（GET /api/admin/v1/auth/csrf 可取）"))
                .addSecuritySchemes(
                        STATION_KEY,
                        new SecurityScheme()
                                .type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.HEADER)
                                .name("X-Station-Key")
                                .description("广播站密钥（管理端创建广播站或轮换密钥时下发）"))
                .addSecuritySchemes(
                        STATION_KEY_QUERY,
                        new SecurityScheme()
                                .type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.QUERY)
                                .name("key")
                                .description("同 X-Station-Key，供只能拉取地址的播放器使用"));
    }

    private static Schema<?> problemSchema() {
        Schema<?> fieldError = new ObjectSchema()
                .addProperty("field", new StringSchema().description("出错的字段"))
                .addProperty("message", new StringSchema().description("中文说明"));
        List<String> codes = Arrays.stream(ErrorCode.values()).map(Enum::name).toList();
        return new ObjectSchema()
                .description("RFC 9457 问题详情；客户端按 code 分支，detail 是给人看的中文说明")
                .addProperty("type", new StringSchema().description("urn:wenming:problem:<code>"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema().format("int32"))
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema())
                .addProperty("code", new StringSchema()._enum(codes))
                .addProperty("errors", new ArraySchema().items(fieldError).description("逐字段的校验错误"))
                .addProperty("retryAfterSeconds", new IntegerSchema().description("RATE_LIMITED：多少秒后可重试"))
                .addProperty("reindexId", new IntegerSchema().format("int64").description("REINDEX_RUNNING：正在进行的重建"))
                .addProperty("wechatErrcode", new IntegerSchema().description("微信接口返回的 errcode"))
                .addProperty("label", new StringSchema().description("CONTENT_RISKY：微信内容安全检测的标签"))
                .additionalProperties(true)
                .required(List.of("type", "title", "status", "code"));
    }

    private static void describe(String path, PathItem.HttpMethod method, Operation operation) {
        ApiResponses responses = operation.getResponses();
        boolean changes = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        addError(path, responses, HttpStatus.BAD_REQUEST);
        if (path.contains("{")) {
            addError(path, responses, HttpStatus.NOT_FOUND);
        }
        if (path.startsWith("/api/admin/")) {
            describeAdmin(path, operation, changes);
        } else if (path.startsWith("/api/station/")) {
            operation.addSecurityItem(new SecurityRequirement().addList(STATION_KEY));
            operation.addSecurityItem(new SecurityRequirement().addList(STATION_KEY_QUERY));
            addError(path, responses, HttpStatus.UNAUTHORIZED);
            addError(path, responses, HttpStatus.FORBIDDEN);
        } else if (path.startsWith("/api/mini/")) {
            describeMini(path, operation, changes);
        }
        if (!changes && (path.startsWith("/api/mini/") || path.startsWith("/api/station/"))) {
            responses.computeIfAbsent("304", status -> new ApiResponse().description("未修改（If-None-Match 与 ETag 相同）"));
        }
        // springdoc gives every response without content the handler's return type; a 304 has no body.
        if (responses.get("304") != null) {
            responses.get("304").setContent(null);
        }
        addError(path, responses, HttpStatus.INTERNAL_SERVER_ERROR);
        addError(path, responses, HttpStatus.SERVICE_UNAVAILABLE);
        responses.setDefault(problem("其他错误（见 code）"));
    }

    private static void describeAdmin(String path, Operation operation, boolean changes) {
        ApiResponses responses = operation.getResponses();
        if (PUBLIC_ADMIN_PATHS.contains(path)) {
            addError(path, responses, HttpStatus.UNAUTHORIZED);
            addError(path, responses, HttpStatus.LOCKED);
            addError(path, responses, HttpStatus.FORBIDDEN);
            addError(path, responses, HttpStatus.TOO_MANY_REQUESTS);
            return;
        }
        SecurityRequirement requirement = new SecurityRequirement().addList(ADMIN_SESSION);
        if (changes) {
            requirement.addList(CSRF_HEADER);
        }
        operation.addSecurityItem(requirement);
        addError(path, responses, HttpStatus.UNAUTHORIZED);
        addError(path, responses, HttpStatus.FORBIDDEN);
        if (changes) {
            addError(path, responses, HttpStatus.CONFLICT);
            addError(path, responses, HttpStatus.UNPROCESSABLE_ENTITY);
        }
    }

    /** The resident token requirement, when there is one, was added by the handler's own customizer. */
    private static void describeMini(String path, Operation operation, boolean changes) {
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
            addError(path, operation.getResponses(), HttpStatus.UNAUTHORIZED);
        }
        if (changes) {
            addError(path, operation.getResponses(), HttpStatus.TOO_MANY_REQUESTS);
        }
    }

    private static void addError(String path, ApiResponses responses, HttpStatus status) {
        String key = String.valueOf(status.value());
        if (responses.containsKey(key)) {
            return;
        }
        String codes = Arrays.stream(ErrorCode.values())
                .filter(code -> code.status() == status)
                .filter(code -> FAMILY_CODES.entrySet().stream()
                        .noneMatch(family -> family.getValue().contains(code) && !path.startsWith(family.getKey())))
                .map(Enum::name)
                .collect(Collectors.joining("、"));
        responses.addApiResponse(key, problem(codes.isEmpty() ? status.getReasonPhrase() : codes));
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse()
                .description(description)
                .content(new Content()
                        .addMediaType(
                                PROBLEM_JSON,
                                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
    }
}
