package uk.icr.budget.ledger;

import java.util.ArrayList;
import java.util.List;

/**
 * The thresholds budget managers are told about: spend reaching 80 % and 100 % of a component's allocation
 * (seen by each ledger entry), and a projected underspend of more than 25 % (seen by the {@link UnderspendJob}).
 */
public final class Thresholds {

    public static final String SPENT_80_PERCENT = "SPENT_80_PERCENT";
    public static final String SPENT_100_PERCENT = "SPENT_100_PERCENT";
    public static final String PROJECTED_UNDERSPEND = "PROJECTED_UNDERSPEND_25_PERCENT";

    private Thresholds() {
    }

    /** The thresholds an entry took the spend across, upwards, from {@code before} to {@code after}. */
    static List<String> crossed(long before, long after, long allocated) {
        List<String> crossed = new ArrayList<>();
        if (allocated > 0) {
            if (before * 100 < allocated * 80 && after * 100 >= allocated * 80) {
                crossed.add(SPENT_80_PERCENT);
            }
            if (before < allocated && after >= allocated) {
                crossed.add(SPENT_100_PERCENT);
            }
        }
        return crossed;
    }
}
