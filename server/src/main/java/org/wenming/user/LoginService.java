package org.wenming.user;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wenming.audit.AuditService;
import org.wenming.common.config.WenmingProperties;
import org.wenming.common.error.ApiException;
import org.wenming.common.error.ErrorCode;
import org.wenming.common.security.Actor;

/**
 * Checks a password and keeps the lockout state in the database, so every instance counts the same
 * failures: after {@code max-failed-logins} wrong passwords the account is locked for {@code lockout}.
 */
@Service
class LoginService {

    /** Compared against when the user does not exist, so both answers take the same time. */
    private final String dummyHash;

    private final AdminUserMapper mapper;
    private final AdminUserService users;
    private final PasswordEncoder passwordEncoder;
    private final AuditService audit;
    private final WenmingProperties.Security settings;
    private final Clock clock;

    public LoginService(
            AdminUserMapper mapper,
            AdminUserService users,
            PasswordEncoder passwordEncoder,
            AuditService audit,
            WenmingProperties properties,
            Clock clock) {
        this.mapper = mapper;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.settings = properties.security();
        this.clock = clock;
        this.dummyHash = passwordEncoder.encode("wenming-timing-equaliser");
    }

    @Transactional(noRollbackFor = ApiException.class)
    public Actor authenticate(String username, String password) {
        AdminUser user = users.findByUsername(username).orElse(null);
        if (user == null) {
            passwordEncoder.matches(password, dummyHash);
            throw new ApiException(ErrorCode.BAD_CREDENTIALS);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        if (user.getLockedUntil() != null && user.getLockedUntil().isAfter(now)) {
            throw locked(user.getLockedUntil());
        }
        if (!passwordEncoder.matches(password, user.getPasswordHash())) {
            recordFailure(user, now);
        }
        if (!Boolean.TRUE.equals(user.getEnabled())) {
            throw new ApiException(ErrorCode.ACCOUNT_DISABLED);
        }
        user.setFailedLogins(0);
        user.setLockedUntil(null);
        user.setLastLoginAt(now);
        mapper.updateById(user);
        Actor actor = users.toActor(user);
        audit.record(actor, "LOGIN", "USER", user.getId(), null);
        return actor;
    }

    private void recordFailure(AdminUser user, LocalDateTime now) {
        mapper.incrementFailedLogins(user.getId());
        AdminUser current = mapper.selectById(user.getId());
        audit.record(user.getId(), user.getUsername(), "LOGIN_FAILED", "USER", user.getId(), null);
        if (current.getFailedLogins() >= settings.maxFailedLogins()) {
            LocalDateTime until = now.plus(settings.lockout());
            current.setFailedLogins(0);
            current.setLockedUntil(until);
            mapper.updateById(current);
            audit.record(user.getId(), user.getUsername(), "ACCOUNT_LOCKED", "USER", user.getId(), null);
            throw locked(until);
        }
        throw new ApiException(ErrorCode.BAD_CREDENTIALS);
    }

    private static ApiException locked(LocalDateTime until) {
        return new ApiException(
                ErrorCode.ACCOUNT_LOCKED, ErrorCode.ACCOUNT_LOCKED.message(), Map.of("lockedUntil", until.toString()));
    }
}
