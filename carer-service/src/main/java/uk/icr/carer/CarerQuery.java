package uk.icr.carer;

/** What a list of carers is filtered by; null means any. */
public record CarerQuery(String nhsNumber, String caredForNhsNumber, CarerStatus status, Boolean youngCarer) {
}
