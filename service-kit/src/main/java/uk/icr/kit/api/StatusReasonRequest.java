package uk.icr.kit.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of the commands that end a record's life (close, cancel, entered in error): why. */
@Schema(name = "StatusReasonRequest", description = "Why a record is closed, cancelled or marked entered in error.",
        example = "{\"reason\": \"Recorded against the wrong person: the NHS number was mistyped.\"}")
public record StatusReasonRequest(@NotBlank @Size(max = 2000) String reason) {
}
