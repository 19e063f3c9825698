package org.wenming.user;

import java.util.List;
import java.util.Map;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.wenming.audit.AuditService;
import org.wenming.common.error.ApiException;
import org.wenming.common.error.ErrorCode;
import org.wenming.common.security.Actor;

/**
 * Checks a password once {@link LoginGuard} has counted the attempt. Known and unknown usernames take the same
 * path (an unknown one is checked against a dummy hash), so neither the answer nor its time tells them apart.
 * Not one transaction: each counter write of the guard must see the others' committed writes.
 */
@Service
class LoginService {

    /** Compared against when the user does not exist, so both answers take the same time. */
    private final String dummyHash;

    private final AdminUserService users;
    private final LoginGuard guard;
    private final PasswordEncoder passwordEncoder;
    private final AuditService audit;

    public LoginService(AdminUserService users, LoginGuard guard, PasswordEncoder passwordEncoder, AuditService audit) {
        this.users = users;
        this.guard = guard;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.dummyHash = passwordEncoder.encode("wenming-timing-equaliser");
    }

    public Actor authenticate(String username, String password, String address) {
        LoginGuard.Attempt attempt = guard.begin(username, address);
        AdminUser user = users.findByUsername(username).orElse(null);
        if (!passwordEncoder.matches(password, user == null ? dummyHash : user.getPasswordHash())) {
            throw failed(user, username, attempt);
        }
        guard.succeeded(attempt);
        if (!Boolean.TRUE.equals(user.getEnabled())) {
            throw new ApiException(ErrorCode.ACCOUNT_DISABLED);
        }
        users.recordLogin(user.getId());
        Actor actor = users.toActor(user);
        audit.record(actor, "LOGIN", "USER", user.getId(), null);
        return actor;
    }

    /**
     * Changes the signed-in administrator's own password once their current one is proven; wrong guesses count
     * and lock like failed logins. Every other session of the account ends; the returned actor carries the new
     * session version for the session the change was made in.
     */
    public Actor changeOwnPassword(Actor actor, String currentPassword, String newPassword, String address) {
        LoginGuard.Attempt attempt = guard.begin(actor.username(), address);
        AdminUser user =
                users.findByUsername(actor.username()).orElseThrow(() -> new ApiException(ErrorCode.AUTH_REQUIRED));
        if (!passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
            audit.record(actor, "PASSWORD_CHANGE_FAILED", "USER", user.getId(), null);
            if (attempt.lockedUntil() != null) {
                throw guard.locked(attempt.lockedUntil());
            }
            throw fieldProblem("currentPassword", "当前密码不正确");
        }
        guard.succeeded(attempt);
        if (passwordEncoder.matches(newPassword, user.getPasswordHash())) {
            throw fieldProblem("newPassword", "新密码不能与当前密码相同");
        }
        return users.changeOwnPassword(actor, user, newPassword);
    }

    private static ApiException fieldProblem(String field, String message) {
        return new ApiException(
                ErrorCode.INVALID_PARAMETER,
                message,
                Map.of("errors", List.of(Map.of("field", field, "message", message))));
    }

    private ApiException failed(AdminUser user, String username, LoginGuard.Attempt attempt) {
        Long userId = user == null ? null : user.getId();
        audit.record(userId, username, "LOGIN_FAILED", "USER", userId, null);
        if (attempt.lockedUntil() == null) {
            return new ApiException(ErrorCode.BAD_CREDENTIALS);
        }
        audit.record(userId, username, "ACCOUNT_LOCKED", "USER", userId, null);
        return guard.locked(attempt.lockedUntil());
    }
}
