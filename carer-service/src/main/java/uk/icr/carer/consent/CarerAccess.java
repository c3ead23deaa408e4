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
import uk.icr.kit.problem.ProblemException;

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
     * What the caller may see of the carer through the care team of {@code caredForNhsNumber}, by cared-for
     * person: every category of every relationship on the whole record; for a care team, the categories its
     * consents in force cover, and only while the carer still cares for that person.
     */
    public Map<String, Set<ConsentCategory>> visible(Carer carer, String caredForNhsNumber) {
        if (wholeRecord()) {
            Map<String, Set<ConsentCategory>> all = new HashMap<>();
            carer.caringFor.forEach(r -> all.put(r.caredForNhsNumber(), EnumSet.allOf(ConsentCategory.class)));
            return all;
        }
        if (caredForNhsNumber == null || carer.caringFor(caredForNhsNumber) == null) {
            return Map.of();
        }
        Set<ConsentCategory> shared = consents.sharedWithCareTeams(carer.id).get(caredForNhsNumber);
        return shared == null ? Map.of() : Map.of(caredForNhsNumber, shared);
    }

    /** The categories shared with any of the care teams in {@code visible}. */
    public static Set<ConsentCategory> union(Map<String, Set<ConsentCategory>> visible) {
        Set<ConsentCategory> union = EnumSet.noneOf(ConsentCategory.class);
        visible.values().forEach(union::addAll);
        return union;
    }

    /**
     * 400 when a care team does not say whose record it reads the carer through (consent is given to one
     * person's care team, never to care teams at large); 403 (which the kit audits as DENIED) unless the
     * caller may see {@code category} of the carer through that person's care team.
     */
    public void require(Carer carer, ConsentCategory category, String caredForNhsNumber) {
        if (wholeRecord()) {
            return;
        }
        requirePerson(caredForNhsNumber);
        if (!union(visible(carer, caredForNhsNumber)).contains(category)) {
            throw new ForbiddenException("No consent of this carer lets their " + category + " be shared with "
                    + caredForNhsNumber + "'s care team.");
        }
    }

    /** 400 for a care team that does not name the cared-for person whose record it reads through. */
    public void requirePerson(String caredForNhsNumber) {
        if (!wholeRecord() && caredForNhsNumber == null) {
            throw ProblemException.invalid("caredForNhsNumber",
                    "is needed: a care team sees carers through the record of the person they care for");
        }
    }

    /** A carer left out of a list because no consent covers the caller: recorded as a denied read. */
    public void denied(Carer carer, String caredForNhsNumber) {
        auditTrail.recordDenied("carers", carer.id.toString(), caredForNhsNumber);
    }
}
