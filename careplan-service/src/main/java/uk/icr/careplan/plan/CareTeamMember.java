package uk.icr.careplan.plan;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Someone in the care team, and from when until when. */
@Schema(name = "CareTeamMember", description = "A member of the care team and their period.",
        example = "{\"member\": {\"name\": \"Dr Amira Shah\", \"role\": \"GP\", \"organisation\": \"Y02847\"},"
                + " \"from\": \"2026-11-23\"}")
public record CareTeamMember(@NotNull @Valid Person member, @NotNull LocalDate from, LocalDate to) {
}
