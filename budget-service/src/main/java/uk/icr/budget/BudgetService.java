package uk.icr.budget;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import uk.icr.kit.api.Cursor;
import uk.icr.kit.api.Versions;
import uk.icr.kit.outbox.Outbox;
import uk.icr.kit.problem.ProblemException;
import uk.icr.budget.events.BudgetEvents;

/** The budget's rules; resources only translate HTTP to these calls. */
@ApplicationScoped
public class BudgetService {

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
            throw ProblemException.illegalTransition("Only an INDICATIVE budget can be agreed; this one is " + budget.status + ".");
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
        Map<String, Object> parameters = after.parameters();
        parameters.put("nhsNumber", nhsNumber);
        String query = "nhsNumber = :nhsNumber and " + Cursor.AFTER;
        if (status != null) {
            query += " and status = :status";
            parameters.put("status", status);
        }
        return Budget.<Budget>find(query + Cursor.ORDER, parameters).range(0, limit).list();
    }

    private Budget require(UUID id) {
        return find(id).orElseThrow(() -> new NotFoundException("No budget " + id + "."));
    }
}
