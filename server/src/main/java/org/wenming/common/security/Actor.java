package org.wenming.common.security;

import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The signed-in administrator as this request sees them: roles and org unit are reloaded from the database
 * on every request, so a change by an administrator applies at once on every instance.
 *
 * @param sessionVersion the account's session version when the session was opened; a session whose version
 *     is no longer the account's is ended (password reset, account disabled, roles changed)
 */
public record Actor(
        long id,
        String username,
        String displayName,
        Set<Role> roles,
        long orgUnitId,
        String orgUnitPath,
        String orgUnitName,
        int sessionVersion)
        implements Serializable {

    /** The authentication that carries this actor and their role authorities. */
    public UsernamePasswordAuthenticationToken authentication() {
        List<SimpleGrantedAuthority> authorities = roles.stream()
                .map(role -> new SimpleGrantedAuthority(role.authority()))
                .toList();
        return UsernamePasswordAuthenticationToken.authenticated(this, null, authorities);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** True when the actor belongs to the root unit of the org tree (the banner office), whose path is "/code/". */
    public boolean atBannerLevel() {
        return orgUnitPath.indexOf('/', 1) == orgUnitPath.length() - 1;
    }

    /** True when the unit with this path is the actor's own unit or below it. */
    public boolean covers(String unitPath) {
        return unitPath != null && unitPath.startsWith(orgUnitPath);
    }
}
