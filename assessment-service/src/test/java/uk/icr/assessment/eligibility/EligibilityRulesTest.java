package uk.icr.assessment.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Reg 2 over its boundary cases: all three conditions must hold, and "unable" needs a reason. */
class EligibilityRulesTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("one outcome unable", true, List.of(Outcome.NUTRITION), true, false, "Condition 2 is not met"),
                Arguments.of("two outcomes, no significant impact", true, List.of(Outcome.NUTRITION, Outcome.TOILET_NEEDS),
                        false, false, "Condition 3 is not met"),
                Arguments.of("no impairment or illness", false, List.of(Outcome.NUTRITION, Outcome.TOILET_NEEDS), true, false,
                        "Condition 1 is not met"),
                Arguments.of("two outcomes with impact", true, List.of(Outcome.NUTRITION, Outcome.TOILET_NEEDS), true, true,
                        "Eligible: all three conditions are met."),
                Arguments.of("all ten outcomes with impact", true, Arrays.asList(Outcome.values()), true, true,
                        "unable to achieve 10 of the specified outcomes"),
                Arguments.of("nothing found", false, List.of(), false, false, "conditions 1 and 2 and 3 are not met"),
                Arguments.of("no outcome unable", true, List.of(), true, false, "unable to achieve none"),
                Arguments.of("impact without an outcome unable", true, List.of(), true, false,
                        "is not a consequence of being unable to achieve"));
    }

    @ParameterizedTest(name = "{0}: eligible = {4}")
    @MethodSource("cases")
    void decidesByAllThreeConditions(String name, boolean impairment, List<Outcome> unable, boolean impact,
            boolean eligible, String reason) {
        Determination determination = EligibilityRules.determine(impairment, findings(unable),
                wellbeing(impact ? EnumSet.of(WellbeingDomain.PERSONAL_DIGNITY) : EnumSet.noneOf(WellbeingDomain.class)));

        assertEquals(eligible, determination.eligible());
        assertEquals(impairment, determination.impairmentOrIllness());
        assertEquals(unable.stream().sorted().toList(), determination.outcomesUnableToAchieve());
        // Condition 3 is an impact that follows from outcomes unable to achieve.
        assertEquals(impact && !unable.isEmpty(), determination.significantImpactOnWellbeing());
        assertEquals(4, determination.reasons().size(), "one reason per condition and one for the decision");
        assertTrue(String.join(" ", determination.reasons()).contains(reason), determination.reasons().toString());
    }

    @ParameterizedTest(name = "unable to achieve {0} with reason {1}")
    @MethodSource("reasons")
    void anyOneReasonMakesAnOutcomeUnable(Outcome outcome, UnableReason reason) {
        List<OutcomeFinding> findings = List.of(new OutcomeFinding(outcome, true, List.of(reason), null),
                new OutcomeFinding(outcome == Outcome.NUTRITION ? Outcome.HOME_SAFETY : Outcome.NUTRITION, true,
                        List.of(UnableReason.NEEDS_ASSISTANCE), null));
        assertTrue(EligibilityRules.determine(true, findings, wellbeing(EnumSet.of(WellbeingDomain.HEALTH))).eligible());
    }

    static Stream<Arguments> reasons() {
        return Arrays.stream(UnableReason.values()).map(reason -> Arguments.of(Outcome.PERSONAL_HYGIENE, reason));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notUnable")
    void anOutcomeWithoutAReasonOrMarkedAbleDoesNotCount(String name, OutcomeFinding second) {
        List<OutcomeFinding> findings = List.of(
                new OutcomeFinding(Outcome.NUTRITION, true, List.of(UnableReason.NEEDS_ASSISTANCE), null), second);
        Determination determination = EligibilityRules.determine(true, findings, wellbeing(EnumSet.allOf(WellbeingDomain.class)));
        assertEquals(List.of(Outcome.NUTRITION), determination.outcomesUnableToAchieve());
        assertEquals(false, determination.eligible());
    }

    static Stream<Arguments> notUnable() {
        return Stream.of(
                Arguments.of("unable without a reason", new OutcomeFinding(Outcome.TOILET_NEEDS, true, List.of(), null)),
                Arguments.of("able to achieve", new OutcomeFinding(Outcome.TOILET_NEEDS, false, List.of(), null)),
                Arguments.of("the same outcome twice", new OutcomeFinding(Outcome.NUTRITION, true,
                        List.of(UnableReason.PAIN_DISTRESS_ANXIETY), null)));
    }

    private static List<OutcomeFinding> findings(List<Outcome> unable) {
        return Arrays.stream(Outcome.values())
                .map(o -> unable.contains(o)
                        ? new OutcomeFinding(o, true, List.of(UnableReason.NEEDS_ASSISTANCE), "needs help")
                        : new OutcomeFinding(o, false, List.of(), null))
                .toList();
    }

    private static List<WellbeingFinding> wellbeing(Set<WellbeingDomain> impacted) {
        return Arrays.stream(WellbeingDomain.values())
                .map(d -> new WellbeingFinding(d, impacted.contains(d), null)).toList();
    }
}
