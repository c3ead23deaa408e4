package uk.icr.carer.eligibility;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import uk.icr.kit.problem.Problem.FieldError;

/**
 * Reg 3 of the Care and Support (Eligibility Criteria) Regulations 2014, as a pure function. A carer has
 * eligible needs when (a) they arise from providing necessary care for an adult, (b) as a result the carer's
 * health is deteriorating or at risk, or they are unable to achieve one or more of the eight outcomes, and
 * (c) as a consequence there is, or is likely to be, a significant impact on their wellbeing.
 */
public final class CarerEligibilityRules {

    private CarerEligibilityRules() {
    }

    /** What is missing before a decision can be made; empty when the findings are complete. */
    public static List<FieldError> gaps(CarerFindings f) {
        List<FieldError> gaps = new ArrayList<>();
        if (f.providesNecessaryCare() == null) {
            gaps.add(new FieldError("providesNecessaryCare", "is needed for the decision (reg 3(1)(a))"));
        }
        if (f.ableToContinueCaring() == null) {
            gaps.add(new FieldError("ableToContinueCaring", "is needed (Care Act s10(5)(a))"));
        }
        if (f.willingToContinueCaring() == null) {
            gaps.add(new FieldError("willingToContinueCaring", "is needed (Care Act s10(5)(b))"));
        }
        if (f.healthAtRisk() == null) {
            gaps.add(new FieldError("healthAtRisk", "is needed for the decision (reg 3(2)(a))"));
        }
        if (f.significantImpactOnWellbeing() == null) {
            gaps.add(new FieldError("significantImpactOnWellbeing", "is needed for the decision (reg 3(1)(c))"));
        }
        Set<CarerOutcome> found = EnumSet.noneOf(CarerOutcome.class);
        List<OutcomeFinding> outcomes = f.outcomes() == null ? List.of() : f.outcomes();
        for (int i = 0; i < outcomes.size(); i++) {
            OutcomeFinding finding = outcomes.get(i);
            if (!found.add(finding.outcome())) {
                gaps.add(new FieldError("outcomes[" + i + "].outcome", finding.outcome() + " is recorded twice"));
            }
            boolean reasons = finding.reasons() != null && !finding.reasons().isEmpty();
            if (finding.unableToAchieve() && !reasons) {
                gaps.add(new FieldError("outcomes[" + i + "].reasons", "an outcome the carer is unable to achieve needs"
                        + " the reason (reg 3(4))"));
            }
        }
        for (CarerOutcome outcome : CarerOutcome.values()) {
            if (!found.contains(outcome)) {
                gaps.add(new FieldError("outcomes", "no finding for " + outcome));
            }
        }
        return gaps;
    }

    /** The decision for complete findings (see {@link #gaps}). */
    public static CarerDetermination decide(CarerFindings f) {
        List<CarerOutcome> unable = f.outcomes().stream().filter(OutcomeFinding::unableToAchieve)
                .map(OutcomeFinding::outcome).sorted().toList();
        List<String> reasons = new ArrayList<>();
        boolean necessaryCare = f.providesNecessaryCare();
        boolean effect = f.healthAtRisk() || !unable.isEmpty();
        boolean impact = f.significantImpactOnWellbeing();
        if (!necessaryCare) {
            reasons.add("The needs do not arise from providing necessary care for an adult (reg 3(1)(a)).");
        }
        if (f.healthAtRisk()) {
            reasons.add("The carer's physical or mental health is deteriorating or at risk (reg 3(2)(a)).");
        }
        if (!unable.isEmpty()) {
            reasons.add("The carer is unable to achieve " + unable.size() + " of the outcomes in reg 3(3): " + unable + ".");
        }
        if (!effect) {
            reasons.add("Neither is the carer's health at risk nor are they unable to achieve any outcome (reg 3(2)).");
        }
        reasons.add(impact ? "There is, or is likely to be, a significant impact on the carer's wellbeing (reg 3(1)(c))."
                : "There is no significant impact on the carer's wellbeing (reg 3(1)(c)).");
        return new CarerDetermination(necessaryCare && effect && impact, List.copyOf(reasons), unable);
    }
}
