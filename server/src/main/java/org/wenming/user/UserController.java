package org.wenming.user;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.wenming.common.security.Actor;
import org.wenming.common.security.RequiresRole;
import org.wenming.common.security.Role;

@RequiresRole({Role.ADMIN})
@RestController
@RequestMapping("/api/admin/v1/users")
class UserController {

    private final AdminUserService users;

    public UserController(AdminUserService users) {
        this.users = users;
    }

    @Operation(summary = "管理员列表")
    @GetMapping
    public List<UserView> list(Actor actor) {
        return users.list(actor);
    }

    @Operation(summary = "管理员详情")
    @GetMapping("/{id}")
    public UserView get(Actor actor, @PathVariable long id) {
        return users.get(actor, id);
    }

    @Operation(summary = "新建管理员")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public UserView create(Actor actor, @Valid @RequestBody UserRequest request) {
        return users.create(actor, request);
    }

    @Operation(summary = "修改管理员")
    @PutMapping("/{id}")
    public UserView update(Actor actor, @PathVariable long id, @Valid @RequestBody UserRequest request) {
        return users.update(actor, id, request);
    }

    @Operation(summary = "重置管理员密码")
    @PostMapping("/{id}/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void resetPassword(Actor actor, @PathVariable long id, @Valid @RequestBody PasswordRequest request) {
        users.resetPassword(actor, id, request.password());
    }

    @Operation(summary = "可分配的角色")
    @GetMapping("/roles")
    public List<RoleView> roles() {
        return Arrays.stream(Role.values())
                .map(role -> new RoleView(role, role.label()))
                .toList();
    }

    public record RoleView(Role role, String label) {}
}
