package uk.icr.budget.components;

/** How a component is managed. */
public enum Management {
    NOTIONAL,
    THIRD_PARTY,
    DIRECT_PAYMENT
}
