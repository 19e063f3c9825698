package org.wenming.user;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A signed-in administrator's change of their own password: the current one proves it is them. */
record OwnPasswordRequest(
        @NotBlank(message = "请填写当前密码") String currentPassword,

        @NotBlank(message = "请填写新密码") @Size(min = 8, max = 72, message = "新密码长度须为 8 到 72 位")
        String newPassword) {}
