package uk.icr.careplan;

import java.time.LocalDate;
import java.util.Map;

/** The filters of the plan list: a person, a coordinator's caseload, a status, reviews due before a date. */
public record CarePlanQuery(String nhsNumber, CarePlanStatus status, String coordinator, LocalDate reviewDueBefore) {

    void appendTo(StringBuilder where, Map<String, Object> parameters) {
        if (nhsNumber != null) {
            where.append(" and nhsNumber = :nhsNumber");
            parameters.put("nhsNumber", nhsNumber);
        }
        if (status != null) {
            where.append(" and status = :status");
            parameters.put("status", status);
        }
        if (coordinator != null) {
            where.append(" and coordinatorId = :coordinator");
            parameters.put("coordinator", coordinator);
        }
        if (reviewDueBefore != null) {
            where.append(" and nextReviewDue < :reviewDueBefore");
            parameters.put("reviewDueBefore", reviewDueBefore);
        }
    }
}
