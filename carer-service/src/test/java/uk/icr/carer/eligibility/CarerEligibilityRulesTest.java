package uk.icr.carer.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.icr.kit.problem.Problem.FieldError;

/** Reg 3 of the Care and Support (Eligibility Criteria) Regulations 2014, as a table. */
class CarerEligibilityRulesTest {

    /** Findings for all eight outcomes, {@code unable} of them unable to achieve (with a reason). */
    static CarerFindings findings(Boolean necessaryCare, Boolean healthAtRisk, Boolean impact, CarerOutcome... unable) {
        List<OutcomeFinding> outcomes = new ArrayList<>();
        for (CarerOutcome outcome : CarerOutcome.values()) {
            boolean isUnable = Arrays.asList(unable).contains(outcome);
            outcomes.add(new OutcomeFinding(outcome, isUnable, isUnable ? List.of(CarerReason.NEEDS_ASSISTANCE) : List.of(), null));
        }
        return new CarerFindings(necessaryCare, true, true, "A break", null, healthAtRisk, outcomes, impact);
    }

    @ParameterizedTest(name = "[{index}] necessary care {0}, health at risk {1}, impact {2}, unable [{3}] -> {4}")
    @CsvSource({
            // health at risk alone is enough (reg 3(2)(a)), with the impact
            "true, true, true, '', true",
            // one outcome the carer cannot achieve is enough (reg 3(2)(b))
            "true, false, true, RECREATION, true",
            "true, false, true, WORK_TRAINING_EDUCATION_VOLUNTEERING HABITABLE_HOME, true",
            "true, true, true, NUTRITION, true",
            // no significant impact on wellbeing: not eligible (reg 3(1)(c))
            "true, true, false, RECREATION, false",
            "true, false, false, RELATIONSHIPS, false",
            // neither health at risk nor any outcome unable: not eligible, whatever the impact
            "true, false, true, '', false",
            // needs that do not arise from providing necessary care: not eligible (reg 3(1)(a))
            "false, true, true, RECREATION, false",
            "false, false, false, '', false"})
    void decidesAsRegulationThreeSays(boolean necessaryCare, boolean healthAtRisk, boolean impact, String unable,
            boolean eligible) {
        CarerOutcome[] outcomes = unable.isBlank() ? new CarerOutcome[0]
                : Arrays.stream(unable.split(" ")).map(CarerOutcome::valueOf).toArray(CarerOutcome[]::new);
        CarerFindings findings = findings(necessaryCare, healthAtRisk, impact, outcomes);
        assertTrue(CarerEligibilityRules.gaps(findings).isEmpty());
        CarerDetermination determination = CarerEligibilityRules.decide(findings);
        assertEquals(eligible, determination.eligible(), determination.reasons().toString());
        assertEquals(Arrays.stream(outcomes).sorted().toList(), determination.outcomesUnableToAchieve());
    }

    @Test
    void theReasonsSayWhyInWords() {
        CarerDetermination decided = CarerEligibilityRules.decide(findings(true, true, true));
        assertEquals(List.of("The carer's physical or mental health is deteriorating or at risk (reg 3(2)(a)).",
                "There is, or is likely to be, a significant impact on the carer's wellbeing (reg 3(1)(c))."), decided.reasons());
    }

    @Test
    void takingSignificantlyLongerIsNotACarersReason() {
        // Reg 3(4) has three reasons; reg 2(3)(d)'s "significantly longer" applies to the adult cared for only.
        assertEquals(List.of("NEEDS_ASSISTANCE", "PAIN_DISTRESS_ANXIETY", "ENDANGERS_HEALTH_OR_SAFETY"),
                Arrays.stream(CarerReason.values()).map(Enum::name).toList());
    }

    @Test
    void gapsNameEveryMissingFindingBeforeADecision() {
        List<OutcomeFinding> outcomes = List.of(new OutcomeFinding(CarerOutcome.NUTRITION, true, List.of(), null),
                new OutcomeFinding(CarerOutcome.NUTRITION, false, null, null));
        List<String> fields = CarerEligibilityRules.gaps(new CarerFindings(null, true, null, null, null, true, outcomes, null))
                .stream().map(FieldError::field).toList();
        assertEquals(List.of("providesNecessaryCare", "willingToContinueCaring", "significantImpactOnWellbeing",
                "outcomes[0].reasons", "outcomes[1].outcome", "outcomes", "outcomes", "outcomes", "outcomes", "outcomes",
                "outcomes", "outcomes"), fields);
    }
}
