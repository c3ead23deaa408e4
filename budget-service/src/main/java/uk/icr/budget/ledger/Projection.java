package uk.icr.budget.ledger;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Where spend is heading: what has been spent, carried on at the same daily rate to the period's end. */
public final class Projection {

    /** More than 25 % left unspent at the period's end is worth a budget manager's look. */
    static final int UNDERSPEND_PERCENT = 25;

    private Projection() {
    }

    /** The spend projected at the period's end, pro rata to the days gone; null without an end or before the start. */
    public static Long spend(long spent, LocalDate start, LocalDate end, LocalDate today) {
        if (end == null || start == null || today.isBefore(start)) {
            return null;
        }
        long days = ChronoUnit.DAYS.between(start, end) + 1;
        long gone = Math.min(ChronoUnit.DAYS.between(start, today) + 1, days);
        // spent is at most £10 billion in pence and a period at most 10 years: the product fits in a long.
        return spent * days / gone;
    }

    /** Whether the projection leaves more than 25 % of the allocation unspent. */
    public static boolean underspends(long projected, long allocated) {
        return allocated > 0 && projected * 100 < allocated * (100L - UNDERSPEND_PERCENT);
    }
}
