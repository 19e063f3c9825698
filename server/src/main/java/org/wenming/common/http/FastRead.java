package org.wenming.common.http;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;

/**
 * A read that {@link FastLane} may answer before Spring Security's request checks and MVC: one of the few
 * public reads every phone and every station repeats all day, answered from what is already cached.
 */
public interface FastRead {

    /**
     * The answer to {@code request}, or null to leave it to the filter chain and its controller, which is
     * also what happens when this throws. Writes nothing itself.
     */
    Answer read(HttpServletRequest request);

    /**
     * An answer and the mapping pattern its request counts under in the request metrics. Its body is the
     * bytes to send, a {@link FileRange} of a local file, or null for none ({@link AnswerWriter} writes it).
     */
    record Answer(String pathPattern, ResponseEntity<?> response) {}
}
