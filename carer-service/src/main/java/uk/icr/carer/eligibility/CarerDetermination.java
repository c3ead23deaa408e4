package uk.icr.carer.eligibility;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The reg 3 decision the service computed, with its reasons in words and the outcomes unable to achieve. */
@Schema(name = "CarerDetermination")
public record CarerDetermination(boolean eligible, List<String> reasons, List<CarerOutcome> outcomesUnableToAchieve) {
}
