package uk.icr.assessment;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import uk.icr.assessment.eligibility.Outcome;
import uk.icr.assessment.eligibility.OutcomeFinding;
import uk.icr.assessment.eligibility.WellbeingDomain;
import uk.icr.assessment.eligibility.WellbeingFinding;
import uk.icr.kit.problem.Problem.FieldError;

/**
 * What an assessment must record before it can complete, so that the eligibility decision rests on a
 * finding for every outcome and every wellbeing domain. Lists every gap at once: an assessor fixes them
 * in one go rather than one 422 at a time.
 */
final class CompletionCheck {

    private CompletionCheck() {
    }

    static List<FieldError> gaps(AssessmentDetails details) {
        List<FieldError> gaps = new ArrayList<>();
        if (details.method() == null) {
            gaps.add(new FieldError("method", "is needed to complete: who took part in the assessment"));
        }
        if (details.primarySupportReason() == null) {
            gaps.add(new FieldError("primarySupportReason", "is needed to complete"));
        }
        if (details.impairmentOrIllness() == null) {
            gaps.add(new FieldError("impairmentOrIllness",
                    "is needed to complete: whether the needs arise from a physical or mental impairment or illness"));
        }
        contributors(details, gaps);
        outcomes(details.outcomes(), gaps);
        wellbeing(details.wellbeing(), gaps);
        return gaps;
    }

    private static void contributors(AssessmentDetails details, List<FieldError> gaps) {
        Set<Sector> sectors = details.contributors().stream().map(Contributor::sector)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Sector.class)));
        if (details.type() == AssessmentType.JOINT_HEALTH_AND_SOCIAL_CARE) {
            for (Sector sector : Sector.values()) {
                if (!sectors.contains(sector)) {
                    gaps.add(new FieldError("contributors", "a joint assessment needs at least one contributor from "
                            + sector + "; it has none"));
                }
            }
        } else if (sectors.isEmpty()) {
            gaps.add(new FieldError("contributors", "at least one contributor is needed to complete"));
        }
    }

    private static void outcomes(List<OutcomeFinding> outcomes, List<FieldError> gaps) {
        Set<Outcome> missing = EnumSet.allOf(Outcome.class);
        for (int i = 0; i < outcomes.size(); i++) {
            OutcomeFinding finding = outcomes.get(i);
            missing.remove(finding.outcome());
            if (finding.unableToAchieve() && finding.reasons().isEmpty()) {
                gaps.add(new FieldError("outcomes[" + i + "].reasons", finding.outcome()
                        + " is unable to achieve but gives no reason: name at least one"));
            } else if (!finding.unableToAchieve() && !finding.reasons().isEmpty()) {
                gaps.add(new FieldError("outcomes[" + i + "].reasons", finding.outcome()
                        + " is not unable to achieve, so it takes no reasons"));
            }
        }
        if (!missing.isEmpty()) {
            gaps.add(new FieldError("outcomes", "no finding for " + names(missing)));
        }
    }

    private static void wellbeing(List<WellbeingFinding> wellbeing, List<FieldError> gaps) {
        Set<WellbeingDomain> missing = EnumSet.allOf(WellbeingDomain.class);
        wellbeing.forEach(finding -> missing.remove(finding.domain()));
        if (!missing.isEmpty()) {
            gaps.add(new FieldError("wellbeing", "no finding for " + names(missing)));
        }
    }

    private static String names(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).collect(Collectors.joining(", "));
    }
}
