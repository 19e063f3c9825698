package org.wenming.user;

import java.time.LocalDateTime;

/** A live sign-in as its owner sees it; {@code current}: the session this request came in. */
record SignInSessionView(
        String id, String device, String ip, LocalDateTime signedInAt, LocalDateTime lastSeenAt, boolean current) {

    static SignInSessionView of(SignInSession record, boolean current) {
        return new SignInSessionView(
                record.getId(),
                record.getDevice(),
                record.getIp(),
                record.getSignedInAt(),
                record.getLastSeenAt(),
                current);
    }
}
