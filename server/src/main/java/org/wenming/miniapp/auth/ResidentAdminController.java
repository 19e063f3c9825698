package org.wenming.miniapp.auth;

import io.swagger.v3.oas.annotations.Operation;
import java.util.Map;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.wenming.common.security.Actor;
import org.wenming.common.security.RequiresRole;
import org.wenming.common.security.Role;

/** Administrators sign a resident out everywhere (a lost phone, a misused account). */
@RequiresRole(value = Role.ADMIN, banner = true)
@RestController
@RequestMapping("/api/admin/v1/residents")
class ResidentAdminController {

    private final ResidentService residents;

    public ResidentAdminController(ResidentService residents) {
        this.residents = residents;
    }

    @Operation(summary = "使居民的全部登录令牌失效")
    @PostMapping("/{id}/revoke-tokens")
    public Map<String, Integer> revokeTokens(Actor actor, @PathVariable long id) {
        return Map.of("revoked", residents.revokeTokens(actor, id));
    }
}
