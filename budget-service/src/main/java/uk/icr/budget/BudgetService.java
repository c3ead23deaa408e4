package uk.icr.budget;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import uk.icr.budget.careplans.CarePlanState;
import uk.icr.budget.components.BudgetComponent;
import uk.icr.budget.components.Components;
import uk.icr.budget.events.BudgetEvents;
import uk.icr.budget.ledger.Ledger;
import uk.icr.kit.api.Cursor;
import uk.icr.kit.api.Versions;
import uk.icr.kit.audit.AuditContext;
import uk.icr.kit.audit.AuditTrail;
import uk.icr.kit.outbox.Outbox;
import uk.icr.kit.problem.Problem;
import uk.icr.kit.problem.ProblemException;
import uk.icr.kit.time.Timestamps;

/**
 * The budget's life; resources only translate HTTP to these calls. Money moves only through the {@link Ledger}.
 * INDICATIVE (changeable) → AGREED (allocated, spendable) → ACTIVE (its care plan is in force); SUSPENDED by a
 * budget manager or when the plan closes, and resumed only by command; CLOSED for good.
 */
@ApplicationScoped
public class BudgetService {

    /** Budgets are set for a year or so; a bound keeps pro rata projections (pence times days) far from overflow. */
    static final int MAX_PERIOD_YEARS = 10;

    @Inject
    Outbox outbox;

    @Inject
    Ledger ledger;

    @Inject
    AuditContext audit;

    @Inject
    AuditTrail auditTrail;

    @Inject
    Clock clock;

    @Transactional
    public Budget propose(BudgetProposal proposal) {
        check(proposal);
        Budget budget = Budget.indicative(proposal);
        budget.persistAndFlush();
        Components.create(budget.id, proposal.components());
        outbox.add(BudgetEvents.created(budget));
        return budget;
    }

    /** What was proposed, as the document a PATCH changes. */
    public BudgetProposal proposal(Budget budget) {
        return new BudgetProposal(budget.nhsNumber, budget.carePlanId, budget.periodStart, budget.periodEnd,
                Components.proposed(budget.components()));
    }

    /** Changes an INDICATIVE budget; once agreed, money changes only through ledger entries. */
    @Transactional
    public Budget update(UUID id, long expectedVersion, UnaryOperator<BudgetProposal> change) {
        Budget budget = require(id, expectedVersion);
        if (budget.status != BudgetStatus.INDICATIVE) {
            throw ProblemException.illegalTransition("Only an INDICATIVE budget can be changed; this one is " + budget.status
                    + ": its money changes through ledger entries (ADJUSTMENT, with a reason).");
        }
        BudgetProposal current = proposal(budget);
        BudgetProposal changed = change.apply(current);
        if (!changed.nhsNumber().equals(budget.nhsNumber)) {
            throw ProblemException.invalid(new Problem.FieldError("nhsNumber", "cannot change: a budget for another person is a new budget"));
        }
        check(changed);
        if (changed.equals(current)) {
            return budget; // nothing changed: no new version
        }
        budget.propose(changed);
        if (!changed.components().equals(current.components())) {
            Components.replace(budget.id, changed.components());
        }
        changed(budget);
        // No event for a change of a proposal (as for an assessment): the audit record is written with it all the same.
        auditTrail.recordWrite(budget.nhsNumber);
        return budget;
    }

    /**
     * INDICATIVE to AGREED: each component's allocation goes into the ledger, and the budget can be spent.
     * If its care plan is already in force, the budget goes on to ACTIVE in the same change.
     */
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
        activateIfPlanInForce(budget);
        return budget;
    }

    /** AGREED or ACTIVE to SUSPENDED: no money moves until it is resumed or closed. */
    @Transactional
    public Budget suspend(UUID id, long expectedVersion, String reason) {
        Budget budget = require(id, expectedVersion);
        if (!budget.spendable()) {
            throw ProblemException.illegalTransition("Only an AGREED or ACTIVE budget can be suspended; this one is "
                    + budget.status + ".");
        }
        suspend(budget, reason.strip(), null);
        return budget;
    }

    /** SUSPENDED to ACTIVE if its care plan is in force, to AGREED otherwise: money can move again. */
    @Transactional
    public Budget resume(UUID id, long expectedVersion) {
        Budget budget = require(id, expectedVersion);
        if (budget.status != BudgetStatus.SUSPENDED) {
            throw ProblemException.illegalTransition("Only a SUSPENDED budget can be resumed; this one is " + budget.status + ".");
        }
        budget.status = BudgetStatus.AGREED;
        budget.statusReason = null;
        budget.suspendedForCarePlan = null;
        if (!activateIfPlanInForce(budget)) {
            changed(budget);
            outbox.add(BudgetEvents.agreed(budget, budget.components()));
        }
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
        budget.suspendedForCarePlan = null;
        changed(budget);
        outbox.add(BudgetEvents.closed(budget));
        return budget;
    }

    /**
     * A care plan was put in force. The person's budgets for it, for no plan yet, or for a plan that has ended
     * are linked to it, and the agreed ones become ACTIVE; a plan that supersedes another takes over the old
     * plan's budgets, and reactivates those its closing suspended. Budgets suspended for any other reason are
     * linked but wait for the resume command.
     */
    @Transactional
    public void carePlanActivated(String nhsNumber, UUID carePlanId, UUID supersededCarePlanId) {
        CarePlanState.record(carePlanId, nhsNumber, CarePlanState.ACTIVE);
        if (supersededCarePlanId != null) {
            CarePlanState.record(supersededCarePlanId, nhsNumber, CarePlanState.ENDED);
        }
        for (Budget budget : Budget.<Budget>list("nhsNumber = ?1 and status in ?2 order by createdAt", nhsNumber,
                List.of(BudgetStatus.INDICATIVE, BudgetStatus.AGREED, BudgetStatus.ACTIVE, BudgetStatus.SUSPENDED))) {
            boolean ours = carePlanId.equals(budget.carePlanId);
            boolean takenOver = supersededCarePlanId != null && supersededCarePlanId.equals(budget.carePlanId);
            // A person has one plan in force: a budget for no plan, or for one that has ended, pays for this one.
            if (!ours && !takenOver && budget.carePlanId != null && !CarePlanState.ended(budget.carePlanId)) {
                continue;
            }
            budget.carePlanId = carePlanId;
            boolean reactivated = budget.status == BudgetStatus.SUSPENDED && takenOver
                    && supersededCarePlanId.equals(budget.suspendedForCarePlan);
            if (budget.status == BudgetStatus.AGREED || reactivated) {
                activate(budget);
            } else if (!ours) {
                changed(budget); // linked; an indicative one becomes ACTIVE when agreed, a suspended one when resumed
            }
        }
    }

    /** A care plan was closed or entered in error: the budgets that pay for it are suspended. */
    @Transactional
    public void carePlanEnded(String nhsNumber, UUID carePlanId) {
        CarePlanState.record(carePlanId, nhsNumber, CarePlanState.ENDED);
        for (Budget budget : Budget.<Budget>list("carePlanId = ?1 and status in ?2", carePlanId,
                List.of(BudgetStatus.AGREED, BudgetStatus.ACTIVE))) {
            suspend(budget, "Its care plan (" + carePlanId + ") was closed; resume it once a plan is in force.", carePlanId);
        }
    }

    public Optional<Budget> find(UUID id) {
        return Budget.findByIdOptional(id);
    }

    public Budget require(UUID id) {
        Budget budget = find(id).orElseThrow(() -> new NotFoundException("No budget " + id + "."));
        audit.about(budget.nhsNumber);
        return budget;
    }

    /** The budget at the version the caller read (412 otherwise). */
    public Budget require(UUID id, long expectedVersion) {
        Budget budget = require(id);
        Versions.check(expectedVersion, budget.version);
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

    /** Links the budget to the person's plan in force (its own, or the one in force now), and activates it; false if none is. */
    private boolean activateIfPlanInForce(Budget budget) {
        Optional<UUID> plan = Optional.ofNullable(budget.carePlanId).filter(CarePlanState::inForce)
                .or(() -> CarePlanState.inForceFor(budget.nhsNumber));
        plan.ifPresent(id -> {
            budget.carePlanId = id;
            activate(budget);
        });
        return plan.isPresent();
    }

    private void activate(Budget budget) {
        budget.status = BudgetStatus.ACTIVE;
        budget.statusReason = null;
        budget.suspendedForCarePlan = null;
        changed(budget);
        outbox.add(BudgetEvents.activated(budget));
    }

    private void suspend(Budget budget, String reason, UUID forCarePlan) {
        budget.status = BudgetStatus.SUSPENDED;
        budget.statusReason = reason;
        budget.suspendedForCarePlan = forCarePlan;
        changed(budget);
        outbox.add(BudgetEvents.suspended(budget));
    }

    /** 400 for a period that ends before it starts or direct payments out of place; 422 for council figures. */
    private static void check(BudgetProposal proposal) {
        if (proposal.periodEnd() != null && proposal.periodEnd().isBefore(proposal.periodStart())) {
            throw ProblemException.invalid(new Problem.FieldError("periodEnd", "must not be before periodStart (" + proposal.periodStart() + ")"));
        }
        if (proposal.periodEnd() != null && proposal.periodEnd().isAfter(proposal.periodStart().plusYears(MAX_PERIOD_YEARS))) {
            throw ProblemException.invalid(new Problem.FieldError("periodEnd", "must be within " + MAX_PERIOD_YEARS + " years of periodStart"));
        }
        Components.checkDirectPayments(proposal.components(), proposal.periodStart());
        Components.checkCouncilFigures(proposal.components());
    }

    /** Flushed before an event is built, so the event carries the new version. */
    private static void changed(Budget budget) {
        budget.touch();
    }
}
