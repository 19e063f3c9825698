package org.wenming.support;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.springframework.boot.test.autoconfigure.web.servlet.MockMvcBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultHandler;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Checks every response the integration tests receive through MockMvc against /v3/api-docs, so the document
 * cannot drift from the code: status documented, content type documented, and JSON bodies (problem+json
 * included) valid against their schema. A mismatch fails the test that made the request. Bodies that are not
 * JSON (media, M3U, exports, images) are checked for status and content type only. Requests to paths the
 * document does not describe (actuator, the console's files, the document itself) are not checked. A held
 * long-poll has not answered yet when its request returns: its test checks the answer with {@link #check}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ApiContract {

    private static volatile OpenApiInteractionValidator validator;

    @Bean
    MockMvcBuilderCustomizer validateResponsesAgainstApiDocs(WebApplicationContext context) {
        return builder -> builder.alwaysDo(new Check(context));
    }

    /** Checks one result by hand: a held long-poll answered from the server's own thread, after its request returned. */
    public static void check(WebApplicationContext context, MvcResult result) throws Exception {
        new Check(context).handle(result);
    }

    private record Check(WebApplicationContext context) implements ResultHandler {

        @Override
        public void handle(MvcResult result) throws Exception {
            MockHttpServletRequest request = result.getRequest();
            if (request.getRequestURI().startsWith("/v3/api-docs") || request.isAsyncStarted()) {
                return;
            }
            List<ValidationReport.Message> problems = validator(context)
                    .validateResponse(
                            request.getRequestURI(),
                            Request.Method.valueOf(request.getMethod()),
                            response(result.getResponse()))
                    .getMessages()
                    .stream()
                    .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                    .filter(message -> !message.getKey().endsWith("path.missing"))
                    .filter(message -> !expected(message, result.getResponse()))
                    .toList();
            if (!problems.isEmpty()) {
                throw new AssertionError(describe(request, result.getResponse(), problems));
            }
        }

        /**
         * A 405 is about a method the document rightly does not list; a 304 has no body by definition; other
         * bodies than JSON are left out of the check on purpose.
         */
        private static boolean expected(ValidationReport.Message message, MockHttpServletResponse response) {
            return switch (message.getKey()) {
                case "validation.request.operation.notAllowed" -> response.getStatus() == 405;
                case "validation.response.body.missing" ->
                    response.getStatus() == 304
                            || (response.getContentType() != null && !isJson(response.getContentType()));
                default -> false;
            };
        }

        private static SimpleResponse response(MockHttpServletResponse response) {
            SimpleResponse.Builder builder = SimpleResponse.Builder.status(response.getStatus());
            String contentType = response.getContentType();
            if (contentType != null) {
                builder.withContentType(contentType);
                if (isJson(contentType) && response.getContentAsByteArray().length > 0) {
                    builder.withBody(text(response));
                }
            }
            return builder.build();
        }

        /** The body as the client reads it: a gzip-encoded answer is checked once decoded. */
        private static String text(MockHttpServletResponse response) {
            byte[] body = response.getContentAsByteArray();
            if ("gzip".equals(response.getHeader(HttpHeaders.CONTENT_ENCODING))) {
                try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
                    body = in.readAllBytes();
                } catch (IOException e) {
                    throw new AssertionError("The answer says gzip but is not: " + e.getMessage(), e);
                }
            }
            return new String(body, StandardCharsets.UTF_8);
        }

        private static boolean isJson(String contentType) {
            MediaType type = MediaType.parseMediaType(contentType);
            return type.getSubtype().equals("json") || type.getSubtype().endsWith("+json");
        }

        private static String describe(
                MockHttpServletRequest request,
                MockHttpServletResponse response,
                List<ValidationReport.Message> problems) {
            String body = response.getContentType() != null && isJson(response.getContentType())
                    ? text(response)
                    : "(" + response.getContentAsByteArray().length + " bytes)";
            return "Response does not match /v3/api-docs: " + request.getMethod() + " " + request.getRequestURI()
                    + " -> " + response.getStatus() + " " + response.getContentType() + "\n"
                    + problems.stream()
                            .map(message -> "  - [" + message.getKey() + "] " + message.getMessage() + pointer(message))
                            .collect(Collectors.joining("\n"))
                    + "\n  body: " + abbreviate(body);
        }

        private static String pointer(ValidationReport.Message message) {
            return message.getContext()
                    .flatMap(ValidationReport.MessageContext::getPointers)
                    .map(pointers -> " (at " + pointers.getInstance() + ", schema " + pointers.getSchema() + ")")
                    .orElse("");
        }

        private static String abbreviate(String body) {
            return body.length() <= 600 ? body : body.substring(0, 600) + "…";
        }
    }

    /** Parsed once per JVM, from the shared context's own document (the one these tests run against). */
    private static OpenApiInteractionValidator validator(WebApplicationContext context) throws Exception {
        if (validator == null) {
            synchronized (ApiContract.class) {
                if (validator == null) {
                    String document = MockMvcBuilders.webAppContextSetup(context)
                            .build()
                            .perform(get("/v3/api-docs"))
                            .andReturn()
                            .getResponse()
                            .getContentAsString(StandardCharsets.UTF_8);
                    validator = OpenApiInteractionValidator.createForInlineApiSpecification(document)
                            .build();
                }
            }
        }
        return validator;
    }
}
