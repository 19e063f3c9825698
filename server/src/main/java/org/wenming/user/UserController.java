package org.wenming.user;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.wenming.common.http.CsvFile;
import org.wenming.common.security.Actor;
import org.wenming.common.security.RequiresRole;
import org.wenming.common.security.Role;

@RequiresRole({Role.ADMIN})
@RestController
@RequestMapping("/api/admin/v1/users")
class UserController {

    private final AdminUserService users;
    private final Clock clock;

    public UserController(AdminUserService users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Operation(summary = "管理员列表")
    @GetMapping
    public List<UserView> list(Actor actor) {
        return users.list(actor);
    }

    @Operation(
            summary = "导出管理员列表（CSV）",
            description = "keyword：与用户管理页的筛选相同，按用户名、姓名或单位包含的文字",
            responses = {
                @ApiResponse(
                        responseCode = "200",
                        description = "成功",
                        content = {@Content(mediaType = "text/csv", schema = @Schema(type = "string"))})
            })
    @GetMapping("/export.csv")
    public void export(Actor actor, @RequestParam(required = false) String keyword, HttpServletResponse response)
            throws IOException {
        List<UserView> matching = users.matching(actor, keyword);
        CsvFile.send(
                response,
                "用户-" + LocalDate.now(clock) + ".csv",
                UserExport.HEADER,
                matching::forEach,
                UserExport::cells);
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
