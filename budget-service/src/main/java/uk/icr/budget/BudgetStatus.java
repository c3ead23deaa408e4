package uk.icr.budget;

/** Where a budget is in its life. */
public enum BudgetStatus {
    INDICATIVE,
    AGREED,
    ACTIVE,
    SUSPENDED,
    CLOSED
}
