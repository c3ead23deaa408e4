package uk.icr.careplan;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** Which sections of a plan a change touched, for CarePlanRevised. */
final class Sections {

    private static final List<Section> ALL = List.of(
            new Section("assessmentIds", CarePlanDetails::assessmentIds),
            new Section("period", d -> List.of(Objects.toString(d.periodStart()), Objects.toString(d.periodEnd()))),
            new Section("aboutMe", CarePlanDetails::aboutMe),
            new Section("strengths", CarePlanDetails::strengths),
            new Section("needs", CarePlanDetails::needs),
            new Section("goals", CarePlanDetails::goals),
            new Section("coordinator", CarePlanDetails::coordinator),
            new Section("careTeam", CarePlanDetails::careTeam),
            new Section("contingencyPlans", CarePlanDetails::contingencyPlans),
            new Section("agreement", CarePlanDetails::agreement));

    private Sections() {
    }

    static List<String> changed(CarePlanDetails before, CarePlanDetails after) {
        List<String> changed = new ArrayList<>();
        for (Section section : ALL) {
            if (!Objects.equals(section.value().apply(before), section.value().apply(after))) {
                changed.add(section.name());
            }
        }
        return changed;
    }

    private record Section(String name, Function<CarePlanDetails, Object> value) {
    }
}
