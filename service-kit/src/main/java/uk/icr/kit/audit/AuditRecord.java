package uk.icr.kit.audit;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One audited call: the row in {@code audit_record} and the data of its event on {@code icr.audit.v1}. */
public record AuditRecord(UUID auditId, OffsetDateTime occurredAt, String actor, String roles, String organisation,
        String action, String resourceType, String resourceId, String nhsNumber, String purpose, String correlationId,
        String method, String path, int status, String outcome) {

    public static final String TOPIC = "icr.audit.v1";
    public static final String TYPE = "uk.nhs.icr.audit.recorded.v1";
}
