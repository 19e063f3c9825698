package org.wenming.org;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record OrgUnitRequest(
        Long parentId,

        @NotBlank @Size(max = 64) @Pattern(regexp = "[a-z0-9][a-z0-9-]*", message = "编码只能包含小写字母、数字和连字符")
        String code,

        @NotBlank @Size(max = 100) String name,
        @Size(max = 200) String nameMn,
        @NotNull OrgUnitType type,
        Integer sortOrder) {}
