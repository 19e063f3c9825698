package org.wenming.user;

import java.time.LocalDateTime;
import java.util.Set;
import org.wenming.common.security.Actor;
import org.wenming.common.security.Role;
import org.wenming.org.OrgUnit;

/**
 * An account as the console shows it; never carries the password hash. {@code bannerLevel}: the account
 * belongs to the root unit, so its administrators hold the banner-wide powers.
 */
record UserView(
        long id,
        String username,
        String displayName,
        Set<Role> roles,
        long orgUnitId,
        String orgUnitName,
        boolean bannerLevel,
        boolean enabled,
        LocalDateTime lastLoginAt) {

    static UserView of(AdminUser user, OrgUnit unit) {
        return new UserView(
                user.getId(),
                user.getUsername(),
                user.getDisplayName(),
                user.roleSet(),
                user.getOrgUnitId(),
                unit == null ? null : unit.getName(),
                unit != null && unit.getParentId() == null,
                Boolean.TRUE.equals(user.getEnabled()),
                user.getLastLoginAt());
    }

    static UserView of(Actor actor) {
        return new UserView(
                actor.id(),
                actor.username(),
                actor.displayName(),
                actor.roles(),
                actor.orgUnitId(),
                actor.orgUnitName(),
                actor.atBannerLevel(),
                true,
                null);
    }
}
