package org.wenming.festival;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A festival an administrator adds: a lunar day, a solar term or a fixed Gregorian day. */
record FestivalRequest(
        @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Z][A-Z0-9_]*", message = "编码只能包含大写字母、数字和下划线")
        String code,

        @NotBlank @Size(max = 32) String name,
        @NotNull FestivalRule ruleType,
        @Min(1) @Max(12) Integer month,
        @Min(1) @Max(31) Integer day,
        @Size(max = 8) String solarTerm,
        @Size(max = 500) String description,
        Integer sortOrder) {}
