package uk.icr.budget.ledger;

/** What a ledger entry does to a component's balance. */
public enum EntryType {
    /** Money put into the component (on agreement, or a later top-up): adds. */
    ALLOCATION(1),
    /** Money spent on care and support: takes away, never below zero. */
    SPEND(-1),
    /** Money a supplier paid back: adds. */
    REFUND(1),
    /** Money returned to the funder (for example unspent direct payment): takes away. */
    REPAYMENT(-1),
    /** A correction, either way, with a reason. */
    ADJUSTMENT(0);

    private final int sign;

    EntryType(int sign) {
        this.sign = sign;
    }

    /** The signed change to the balance for an entry of {@code amount} (signed already for an adjustment). */
    long delta(long amount) {
        return sign == 0 ? amount : sign * amount;
    }
}
