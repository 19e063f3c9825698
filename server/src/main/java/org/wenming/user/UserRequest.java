package org.wenming.user;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.wenming.common.security.Role;

/** Creates or changes an account; the password is only read on creation. */
record UserRequest(
        @NotBlank @Size(min = 3, max = 64) @Pattern(regexp = "[A-Za-z0-9_.-]+", message = "用户名只能包含字母、数字、下划线、点和连字符")
        String username,

        @NotBlank @Size(max = 64) String displayName,
        @NotNull Long orgUnitId,
        @NotEmpty Set<@NotNull Role> roles,
        Boolean enabled,

        @Size(min = 8, max = 72, message = "密码长度须为 8 到 72 位")
        String password) {}
