package org.wenming.common.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.wenming.common.error.ApiException;
import org.wenming.common.error.ErrorCode;

/** Reads the signed-in administrator from the security context. */
public final class CurrentActor {

    private CurrentActor() {}

    public static Actor require() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Actor actor) {
            return actor;
        }
        throw new ApiException(ErrorCode.AUTH_REQUIRED);
    }
}
