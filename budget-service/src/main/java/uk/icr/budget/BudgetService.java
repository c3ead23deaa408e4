package uk.icr.budget;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import uk.icr.budget.components.BudgetComponent;
import uk.icr.budget.components.ComponentRequest;
import uk.icr.budget.components.Components;
import uk.icr.budget.events.BudgetEvents;
import uk.icr.budget.ledger.Ledger;
import uk.icr.kit.api.Cursor;
import uk.icr.kit.api.Versions;
import uk.icr.kit.audit.AuditContext;
import uk.icr.kit.outbox.Outbox;
import uk.icr.kit.problem.ProblemException;
import uk.icr.kit.time.Timestamps;

/** The budget's life; resources only translate HTTP to these calls. Money moves only through the {@link Ledger}. */
@ApplicationScoped
public class BudgetService {

    @Inject
    Outbox outbox;

    @Inject
    Ledger ledger;

    @Inject
    AuditContext audit;

    @Inject
    Clock clock;

    @Transactional
    public Budget propose(String nhsNumber, UUID carePlanId, LocalDate periodStart, LocalDate periodEnd,
            List<ComponentRequest> components) {
        Components.checkDirectPayments(components, periodStart);
        Components.checkCouncilFigures(components);
        Budget budget = Budget.indicative(nhsNumber, carePlanId, periodStart, periodEnd);
        budget.persistAndFlush();
        Components.create(budget.id, components);
        outbox.add(BudgetEvents.created(budget));
        return budget;
    }

    /** INDICATIVE to AGREED: each component's allocation goes into the ledger, and the budget can be spent. */
    @Transactional
    public Budget agree(UUID id, long expectedVersion) {
        Budget budget = require(id, expectedVersion);
        if (budget.status != BudgetStatus.INDICATIVE) {
            throw ProblemException.illegalTransition("Only an INDICATIVE budget can be agreed; this one is " + budget.status + ".");
        }
        budget.status = BudgetStatus.AGREED;
        budget.agreedAt = Timestamps.now();
        changed(budget);
        List<BudgetComponent> components = budget.components();
        LocalDate today = LocalDate.now(clock);
        ledger.allocate(budget, components, budget.periodStart != null && budget.periodStart.isAfter(today)
                ? budget.periodStart : today);
        outbox.add(BudgetEvents.agreed(budget, components));
        return budget;
    }

    /** AGREED or ACTIVE to SUSPENDED: no money moves until it is resumed or closed. */
    @Transactional
    public Budget suspend(UUID id, long expectedVersion, String reason) {
        Budget budget = require(id, expectedVersion);
        if (budget.status != BudgetStatus.AGREED && budget.status != BudgetStatus.ACTIVE) {
            throw ProblemException.illegalTransition("Only an AGREED or ACTIVE budget can be suspended; this one is "
                    + budget.status + ".");
        }
        budget.status = BudgetStatus.SUSPENDED;
        budget.statusReason = reason.strip();
        changed(budget);
        outbox.add(BudgetEvents.suspended(budget));
        return budget;
    }

    /** To CLOSED, with the reason: the ledger stays, and takes no more entries. */
    @Transactional
    public Budget close(UUID id, long expectedVersion, String reason) {
        Budget budget = require(id, expectedVersion);
        if (budget.status == BudgetStatus.CLOSED) {
            throw ProblemException.illegalTransition("This budget is already closed.");
        }
        budget.status = BudgetStatus.CLOSED;
        budget.statusReason = reason.strip();
        changed(budget);
        outbox.add(BudgetEvents.closed(budget));
        return budget;
    }

    public Optional<Budget> find(UUID id) {
        return Budget.findByIdOptional(id);
    }

    public Budget require(UUID id) {
        Budget budget = find(id).orElseThrow(() -> new NotFoundException("No budget " + id + "."));
        audit.about(budget.nhsNumber);
        return budget;
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

    private Budget require(UUID id, long expectedVersion) {
        Budget budget = require(id);
        Versions.check(expectedVersion, budget.version);
        return budget;
    }

    /** Flushes so a concurrent change that passed the same If-Match check fails here, and events carry the new version. */
    private static void changed(Budget budget) {
        budget.updatedAt = Timestamps.now();
        Budget.flush();
    }
}
