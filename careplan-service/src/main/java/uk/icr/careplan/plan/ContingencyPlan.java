package uk.icr.careplan.plan;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What should happen if things go wrong, and who to contact. */
@Schema(name = "ContingencyPlan", description = "Triggers, what should happen, and who to contact.",
        example = "{\"triggers\": [\"Margaret is taken ill\"], \"whatShouldHappen\": \"Call the rapid response team for"
                + " same-day home care.\", \"whoToContact\": [{\"name\": \"Rapid response\", \"organisation\": \"RY2\","
                + " \"phone\": \"0113 496 0999\"}]}")
public record ContingencyPlan(
        @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 1000) String> triggers,
        @NotBlank @Size(max = 4000) String whatShouldHappen,
        @NotEmpty @Size(max = 10) List<@NotNull @Valid Person> whoToContact) {
}
