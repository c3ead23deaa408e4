package uk.icr.carer;

import uk.icr.carer.relationships.CaringFor;

/** An unpaid carer as a completed assessment of the person they care for names them. */
public record NamedInAssessment(String name, String nhsNumber, String phone, String email, CaringFor relationship,
        boolean agreedToBeContacted) {
}
