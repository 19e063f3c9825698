package org.wenming.common.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;
import org.wenming.common.error.ErrorCode;
import org.wenming.common.error.Problems;

/**
 * Answers what Spring Security's firewall refuses (encoded slashes, {@code %00}, {@code ;}, {@code //},
 * {@code ..}) with a 400 problem+json and the error headers; picked up by Spring Security as the only
 * {@link RequestRejectedHandler} bean. The firewall runs before the filters that write security headers.
 */
@Component
class RejectedRequestHandler implements RequestRejectedHandler {

    private static final Logger log = LoggerFactory.getLogger(RejectedRequestHandler.class);

    private final ObjectMapper mapper;

    RejectedRequestHandler(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
            throws IOException {
        log.debug("Firewall rejected {}: {}", request.getRequestURI(), rejected.getMessage());
        Problems.write(response, mapper, Problems.of(ErrorCode.REQUEST_REJECTED, ErrorCode.REQUEST_REJECTED.message()));
    }
}
