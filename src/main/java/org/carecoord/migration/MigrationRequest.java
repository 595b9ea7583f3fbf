package org.carecoord.migration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** {@code POST /api/admin/migrations}: move the running instances of one version of a process to another. */
record MigrationRequest(
        @NotBlank @Size(max = 255) @Pattern(regexp = "[A-Za-z_][A-Za-z0-9_.-]*", message = "must be a process key")
        String processDefinitionKey,

        @NotNull @Positive @Max(1_000_000) Integer fromVersion,
        @NotNull @Positive @Max(1_000_000) Integer toVersion,
        @NotNull Boolean dryRun) {}
