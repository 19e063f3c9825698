package org.wenming.content;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The year's brand-project targets of the task list (2023 seed, §15): every township or subdistrict cultivates
 * at least two brand projects, every key department at least one. A new year's list may change them.
 */
@Validated
@ConfigurationProperties("wenming.targets")
record ContentTargets(
        @Min(0) int brandProjectsPerTownship, @Min(0) int brandProjectsPerDepartment) {}
