package uk.icr.assessment.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StatusReasonRequest", description = "Why an assessment is cancelled or marked entered in error.",
        example = "{\"reason\": \"Recorded against the wrong person: the NHS number was mistyped.\"}")
public record StatusReasonRequest(@NotBlank @Size(max = 2000) String reason) {
}
