package org.wenming.user;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Service;
import org.wenming.common.error.ApiException;
import org.wenming.common.error.ErrorCode;
import org.wenming.common.security.Actor;
import org.wenming.common.security.SessionRecords;

/**
 * The administrators' sign-ins as rows of the shared database, so each can see where they are signed in and
 * end one of those sessions, on whichever instance it lives. A row counts as live until it is ended or has not
 * been seen for the session timeout (the session itself has expired by then).
 */
@Service
class SignInSessions implements SessionRecords {

    /** How often a live session's "last seen" is written: once a minute spares the database a write per request. */
    static final Duration SEEN_INTERVAL = Duration.ofMinutes(1);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SignInSessionMapper mapper;
    private final Clock clock;
    private final Duration timeout;

    public SignInSessions(SignInSessionMapper mapper, Clock clock, ServerProperties server) {
        this.mapper = mapper;
        this.clock = clock;
        this.timeout =
                Objects.requireNonNullElse(server.getServlet().getSession().getTimeout(), Duration.ofMinutes(30));
    }

    /** Records a sign-in in the request's new session, and forgets the user's sessions that are over. */
    void open(Actor actor, HttpServletRequest request, HttpSession session) {
        LocalDateTime now = LocalDateTime.now(clock);
        mapper.deleteClosed(actor.id(), liveSince(now));
        SignInSession record = new SignInSession();
        record.setId(newId());
        record.setUserId(actor.id());
        record.setDevice(Devices.describe(request.getHeader(HttpHeaders.USER_AGENT)));
        record.setIp(request.getRemoteAddr());
        record.setSignedInAt(now);
        record.setLastSeenAt(now);
        mapper.insert(record);
        session.setAttribute(ATTRIBUTE, record.getId());
    }

    @Override
    public boolean confirm(String recordId) {
        if (recordId == null) {
            return false;
        }
        SignInSession record = mapper.selectById(recordId);
        if (record == null || record.getEndedAt() != null) {
            return false;
        }
        LocalDateTime now = LocalDateTime.now(clock);
        if (record.getLastSeenAt().isBefore(now.minus(SEEN_INTERVAL))) {
            mapper.touch(recordId, now);
        }
        return true;
    }

    /** The user's live sessions, latest seen first; {@code currentId} is the one the request came in. */
    List<SignInSessionView> list(Actor actor, String currentId) {
        return mapper
                .selectList(new LambdaQueryWrapper<SignInSession>()
                        .eq(SignInSession::getUserId, actor.id())
                        .isNull(SignInSession::getEndedAt)
                        .ge(SignInSession::getLastSeenAt, liveSince(LocalDateTime.now(clock)))
                        .orderByDesc(SignInSession::getLastSeenAt))
                .stream()
                .map(record -> SignInSessionView.of(record, record.getId().equals(currentId)))
                .toList();
    }

    /** Ends one of the user's own sessions; another user's id is answered as if it did not exist. */
    void end(Actor actor, String id) {
        if (mapper.end(actor.id(), id, LocalDateTime.now(clock)) == 0) {
            throw new ApiException(ErrorCode.SIGN_IN_SESSION_NOT_FOUND);
        }
    }

    /** Marks the session of this record signed out (logout, a new sign-in in the same browser). */
    void signedOut(String id) {
        if (id != null) {
            mapper.endById(id, LocalDateTime.now(clock));
        }
    }

    void endAll(long userId) {
        mapper.endAll(userId, LocalDateTime.now(clock));
    }

    void endAllBut(long userId, String keptId) {
        mapper.endAllBut(userId, keptId, LocalDateTime.now(clock));
    }

    static String currentId(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? null : (String) session.getAttribute(ATTRIBUTE);
    }

    /** A session not seen since then has expired: "last seen" lags by up to {@link #SEEN_INTERVAL}. */
    private LocalDateTime liveSince(LocalDateTime now) {
        return now.minus(timeout).minus(SEEN_INTERVAL);
    }

    private static String newId() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
