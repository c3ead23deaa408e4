package uk.icr.careplan.plan;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** "About me", in the person's own words (PRSB Personalised Care and Support Plan). */
@Schema(name = "AboutMe", description = "About me, in the person's words (PRSB PCSP).",
        example = "{\"whatMattersToMe\": \"Staying at home with Margaret.\", \"peopleImportantToMe\": \"Margaret, my wife;"
                + " our son Daniel.\", \"howICommunicate\": \"Hard of hearing on the left: sit on my right.\","
                + " \"pleaseDo\": \"Give me time to answer.\", \"pleaseDont\": \"Talk to Margaret instead of me.\","
                + " \"howAndWhenToSupportMe\": \"Mornings are hardest.\", \"alsoWorthKnowing\": \"Was a carpenter.\"}")
public record AboutMe(
        @Size(max = 8000) String whatMattersToMe,
        @Size(max = 4000) String peopleImportantToMe,
        @Size(max = 4000) String howICommunicate,
        @Size(max = 4000) String pleaseDo,
        @Size(max = 4000) String pleaseDont,
        @Size(max = 4000) String howAndWhenToSupportMe,
        @Size(max = 4000) String alsoWorthKnowing) {
}
