package org.wenming.user;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record PasswordRequest(
        @NotBlank @Size(min = 8, max = 72, message = "密码长度须为 8 到 72 位")
        String password) {}
