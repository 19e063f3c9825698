package org.wenming.common.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.springframework.http.ResponseEntity;

/**
 * Writes an answer built before any of it was written (so a failure while building it still answers a clean
 * problem) to the servlet response: its status, headers and body, which is bytes, a {@link FileRange}, an
 * {@link InputStream} (copied, then closed) or null for none.
 */
public final class AnswerWriter {

    private AnswerWriter() {}

    public static void write(ResponseEntity<?> answer, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.setStatus(answer.getStatusCode().value());
        answer.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        Object body = answer.getBody();
        if (body instanceof byte[] bytes) {
            response.getOutputStream().write(bytes);
        } else if (body instanceof FileRange file) {
            file.send(request, response);
        } else if (body instanceof InputStream stream) {
            try (InputStream in = stream;
                    OutputStream out = response.getOutputStream()) {
                in.transferTo(out);
            }
        }
    }
}
