package org.wenming.common.error;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.MediaType;

/**
 * Tomcat's error report for what it refuses before the application sees the request (a malformed request
 * line or URI, an encoded slash, headers over the limit): problem+json with the error headers, in place of
 * Tomcat's HTML page. Errors the application answered itself already have a body and are left alone.
 */
class ProblemReportValve extends ErrorReportValve {

    private final ObjectMapper mapper;

    ProblemReportValve(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        try {
            String body = mapper.writeValueAsString(Problems.ofStatus(status));
            ErrorHeaders.apply(response);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client is gone or the response was committed meanwhile: nothing left to tell it.
        }
    }
}
