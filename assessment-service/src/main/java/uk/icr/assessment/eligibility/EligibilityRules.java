package uk.icr.assessment.eligibility;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The adult eligibility rule of the Care and Support (Eligibility Criteria) Regulations 2015, reg 2: a
 * person's needs meet the criteria when (1) they arise from a physical or mental impairment or illness,
 * (2) because of them the person is unable to achieve two or more of the specified outcomes, and (3) as a
 * consequence there is, or is likely to be, a significant impact on their wellbeing. A pure function of the
 * findings, so the same findings always give the same decision and the same reasons.
 */
public final class EligibilityRules {

    public static final String REGULATION = "Care and Support (Eligibility Criteria) Regulations 2015, reg 2";
    static final int OUTCOMES_NEEDED = 2;

    private EligibilityRules() {
    }

    public static Determination determine(boolean impairmentOrIllness, List<OutcomeFinding> outcomes,
            List<WellbeingFinding> wellbeing) {
        List<Outcome> unable = outcomes.stream().filter(OutcomeFinding::unable).map(OutcomeFinding::outcome)
                .distinct().sorted(Comparator.naturalOrder()).toList();
        List<WellbeingDomain> impacted = wellbeing.stream().filter(w -> Boolean.TRUE.equals(w.significantImpact()))
                .map(WellbeingFinding::domain).distinct().sorted(Comparator.naturalOrder()).toList();
        boolean condition2 = unable.size() >= OUTCOMES_NEEDED;
        // Reg 2(1)(c): the impact must be a consequence of being unable to achieve the outcomes.
        boolean condition3 = !impacted.isEmpty() && !unable.isEmpty();
        boolean eligible = impairmentOrIllness && condition2 && condition3;

        List<String> reasons = new ArrayList<>();
        reasons.add(impairmentOrIllness
                ? "Condition 1 is met: the needs arise from a physical or mental impairment or illness."
                : "Condition 1 is not met: the needs were not found to arise from a physical or mental impairment or illness.");
        reasons.add(condition2
                ? "Condition 2 is met: unable to achieve " + unable.size() + " of the specified outcomes ("
                        + outcomeWords(unable) + ")."
                : "Condition 2 is not met: unable to achieve " + (unable.isEmpty() ? "none" : unable.size()
                        + " (" + outcomeWords(unable) + ")") + " of the specified outcomes; at least "
                        + OUTCOMES_NEEDED + " are needed.");
        reasons.add(condition3
                ? "Condition 3 is met: there is, or is likely to be, a significant impact on wellbeing ("
                        + impacted.stream().map(WellbeingDomain::words).collect(Collectors.joining("; ")) + ")."
                : impacted.isEmpty() ? "Condition 3 is not met: no significant impact on wellbeing was found."
                : "Condition 3 is not met: the impact on wellbeing found is not a consequence of being unable to"
                        + " achieve any of the specified outcomes.");
        reasons.add(eligible ? "Eligible: all three conditions are met."
                : "Not eligible: " + unmet(impairmentOrIllness, condition2, condition3) + ".");
        return new Determination(REGULATION, impairmentOrIllness, unable, condition3, impacted, eligible,
                List.copyOf(reasons));
    }

    private static String outcomeWords(List<Outcome> outcomes) {
        return outcomes.stream().map(Outcome::words).collect(Collectors.joining("; "));
    }

    private static String unmet(boolean... conditions) {
        List<String> unmet = new ArrayList<>();
        for (int i = 0; i < conditions.length; i++) {
            if (!conditions[i]) {
                unmet.add(Integer.toString(i + 1));
            }
        }
        return (unmet.size() == 1 ? "condition " : "conditions ") + String.join(" and ", unmet)
                + (unmet.size() == 1 ? " is" : " are") + " not met";
    }
}
