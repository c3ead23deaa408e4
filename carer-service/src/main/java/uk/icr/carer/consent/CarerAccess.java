package uk.icr.carer.consent;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import uk.icr.carer.Carer;
import uk.icr.kit.audit.AuditTrail;

/**
 * What the caller may see of a carer. Carer-support workers (who keep the record) and auditors see it all;
 * a practitioner or care coordinator sees it through the cared-for person's record, and only what an
 * active consent to share with that person's care team covers. Withdrawal takes effect on the next read;
 * every refusal is audited.
 */
@ApplicationScoped
public class CarerAccess {

    /** Roles that see the whole record; the others see what consent allows. */
    public static final Set<String> WHOLE_RECORD = Set.of("carer-support", "auditor");

    @Inject
    SecurityIdentity identity;

    @Inject
    Consents consents;

    @Inject
    AuditTrail auditTrail;

    public boolean wholeRecord() {
        return WHOLE_RECORD.stream().anyMatch(identity::hasRole);
    }

    /**
     * What the caller may see of the carer through the care team of {@code caredForNhsNumber} (null: of any
     * person the carer cares for), by cared-for person; every category of every relationship on the whole record.
     */
    public Map<String, Set<ConsentCategory>> visible(Carer carer, String caredForNhsNumber) {
        if (wholeRecord()) {
            Map<String, Set<ConsentCategory>> all = new HashMap<>();
            carer.caringFor.forEach(r -> all.put(r.caredForNhsNumber(), EnumSet.allOf(ConsentCategory.class)));
            return all;
        }
        Map<String, Set<ConsentCategory>> shared = consents.sharedWithCareTeams(carer.id);
        if (caredForNhsNumber != null) {
            shared.keySet().retainAll(Set.of(caredForNhsNumber));
        }
        return shared;
    }

    /** The categories shared with any of the care teams in {@code visible}. */
    public static Set<ConsentCategory> union(Map<String, Set<ConsentCategory>> visible) {
        Set<ConsentCategory> union = EnumSet.noneOf(ConsentCategory.class);
        visible.values().forEach(union::addAll);
        return union;
    }

    /** 403 (which the kit audits as DENIED) unless the caller may see {@code category} of the carer. */
    public void require(Carer carer, ConsentCategory category) {
        if (!wholeRecord() && !union(visible(carer, null)).contains(category)) {
            throw new ForbiddenException("No consent of this carer lets their " + category + " be shared with you.");
        }
    }

    /** A carer left out of a list because no consent covers the caller: recorded as a denied read. */
    public void denied(Carer carer, String caredForNhsNumber) {
        auditTrail.recordDenied("carers", carer.id.toString(), caredForNhsNumber);
    }
}
