package uk.icr.budget;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import io.quarkus.panache.common.Parameters;
import uk.icr.kit.api.Cursor;
import uk.icr.kit.api.Versions;
import uk.icr.kit.outbox.Outbox;
import uk.icr.kit.problem.ProblemException;
import uk.icr.budget.events.BudgetEvents;

/** The budget's rules; resources only translate HTTP to these calls. */
@ApplicationScoped
public class BudgetService {

    public static final String ILLEGAL_TRANSITION = "urn:icr:problem:illegal-transition";

    @Inject
    Outbox outbox;

    @Transactional
    public Budget indicative(String nhsNumber) {
        Budget budget = Budget.indicative(nhsNumber);
        budget.persistAndFlush();
        outbox.add(BudgetEvents.created(budget));
        return budget;
    }

    /** To AGREED, for the caller who read {@code expectedVersion}. */
    @Transactional
    public Budget agree(UUID id, long expectedVersion) {
        Budget budget = require(id);
        Versions.check(expectedVersion, budget.version);
        BudgetStatus status = budget.status;
        if (!(status == BudgetStatus.INDICATIVE)) {
            throw new ProblemException(409, ILLEGAL_TRANSITION, "Illegal transition", "Only an INDICATIVE budget can be agreed; this one is " + budget.status + ".");
        }
        budget.status = BudgetStatus.AGREED;
        // Flush now: a concurrent change that passed the same check fails here, and the event carries the new version.
        Budget.flush();
        outbox.add(BudgetEvents.agreed(budget));
        return budget;
    }

    public Optional<Budget> find(UUID id) {
        return Budget.findByIdOptional(id);
    }

    /** One person's budgets in creation order, after {@code after}. */
    public List<Budget> list(String nhsNumber, BudgetStatus status, Cursor after, int limit) {
        Parameters parameters = Parameters.with("nhsNumber", nhsNumber).and("at", after.createdAt()).and("id", after.id());
        String query = "nhsNumber = :nhsNumber and (createdAt > :at or (createdAt = :at and id > :id))";
        if (status != null) {
            query += " and status = :status";
            parameters.and("status", status);
        }
        return Budget.<Budget>find(query + " order by createdAt, id", parameters).range(0, limit).list();
    }

    private Budget require(UUID id) {
        return find(id).orElseThrow(() -> new NotFoundException("No budget " + id + "."));
    }
}
