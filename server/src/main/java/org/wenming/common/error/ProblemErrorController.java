package org.wenming.common.error;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The container's error page ({@code /error}, where Tomcat forwards a {@code sendError} or an exception no MVC
 * handler saw, such as one thrown by a filter): answers problem+json, whatever the client accepts, in place
 * of Spring Boot's default JSON or HTML.
 */
@Hidden
@RestController
class ProblemErrorController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

    private final ObjectMapper mapper;

    ProblemErrorController(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @RequestMapping("${server.error.path:/error}")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object exception = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        int code = status instanceof Integer value ? value : HttpServletResponse.SC_NOT_FOUND;
        if (exception instanceof Throwable failure && code >= 500) {
            log.error(
                    "Unhandled exception outside MVC on {}",
                    request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
                    failure);
        }
        ProblemDetail problem = Problems.ofStatus(code);
        response.resetBuffer();
        Problems.write(response, mapper, problem);
    }
}
