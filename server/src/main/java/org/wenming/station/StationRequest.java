package org.wenming.station;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Creates or changes a station; the code is fixed after creation. */
record StationRequest(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[a-z0-9][a-z0-9-]*", message = "编码只能包含小写字母、数字和连字符")
        String code,

        @NotBlank @Size(max = 100) String name,
        @NotNull Long orgUnitId,
        @NotNull DeviceType deviceType,
        @Size(max = 40) String timeZone,
        Boolean enabled) {}
