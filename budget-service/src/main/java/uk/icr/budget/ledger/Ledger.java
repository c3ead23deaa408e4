package uk.icr.budget.ledger;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;

import uk.icr.budget.Budget;
import uk.icr.budget.components.BudgetComponent;
import uk.icr.budget.events.BudgetEvents;
import uk.icr.kit.api.Cursor;
import uk.icr.kit.history.VersionHistory;
import uk.icr.kit.outbox.Outbox;
import uk.icr.kit.problem.Problem;
import uk.icr.kit.problem.ProblemException;
import uk.icr.kit.time.Timestamps;

/**
 * The only way money moves. Each entry changes its component's cached balance with one conditional
 * update ({@code ... where balance_pence + delta >= 0}): the row lock it takes orders concurrent postings,
 * a posting that would go below zero changes nothing and is refused with the balance available, and the
 * table's CHECK is the last line. The entry, the balance and the event commit together or not at all.
 */
@ApplicationScoped
public class Ledger {

    public static final String INSUFFICIENT = "urn:icr:problem:insufficient-balance";
    public static final String EXCLUDED = "urn:icr:problem:excluded-spend-category";
    public static final String NOT_SPENDABLE = "urn:icr:problem:budget-not-spendable";

    @Inject
    EntityManager entityManager;

    @Inject
    Outbox outbox;

    @Inject
    VersionHistory history;

    @Inject
    Clock clock;

    @ConfigProperty(name = "icr.db.schema")
    String schema;

    /** Posts an entry a budget manager recorded; the budget is read in the entry's own transaction. */
    @Transactional
    public LedgerEntry post(UUID budgetId, EntryRequest request) {
        // A shared row lock: postings run side by side, but a suspend or close waits for them, and they for it.
        Budget budget = Budget.findById(budgetId, LockModeType.PESSIMISTIC_READ);
        if (!budget.spendable()) {
            throw new ProblemException(409, NOT_SPENDABLE, "The budget takes no entries", "A " + budget.status
                    + " budget takes no ledger entries; only an AGREED or ACTIVE one does.");
        }
        if (outside(budget, request.occurredOn())) {
            throw new ProblemException(409, NOT_SPENDABLE, "Outside the budget's period", "The entry is dated "
                    + request.occurredOn() + ", outside the budget's period (" + budget.periodStart + " to "
                    + (budget.periodEnd == null ? "open" : budget.periodEnd) + ").");
        }
        BudgetComponent component = BudgetComponent.<BudgetComponent>findByIdOptional(request.componentId())
                .filter(c -> c.budgetId.equals(budget.id))
                .orElseThrow(() -> ProblemException.invalid("componentId", "is not a component of this budget"));
        EntryRules.check(request, component);
        return record(budget, component, request.type(), request.amountPence(), request.occurredOn(), request.category(),
                request.supplier(), request.serves(), request.reason());
    }

    /** The budget's money summed from its ledger (the source of truth), not from the cached balances. */
    public Balance balance(Budget budget) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select c.id, c.source,"
                + " coalesce(sum(e.amount_pence) filter (where e.type = 'ALLOCATION'), 0),"
                + " coalesce(-sum(e.amount_pence) filter (where e.type in ('SPEND', 'REFUND')), 0),"
                + " coalesce(sum(e.amount_pence), 0)"
                + " from " + schema + ".budget_component c left join " + schema + ".ledger_entry e on e.component_id = c.id"
                + " where c.budget_id = ?1 group by c.id, c.source, c.position order by c.position")
                .setParameter(1, budget.id).getResultList();
        LocalDate today = LocalDate.now(clock);
        return Balance.of(budget.id, rows.stream().map(r -> {
            long spent = ((Number) r[3]).longValue();
            return new Balance.Line((UUID) r[0], (String) r[1], ((Number) r[2]).longValue(), spent,
                    ((Number) r[4]).longValue(), Projection.spend(spent, budget.periodStart, budget.periodEnd, today));
        }).toList());
    }

    /** A budget's entries in the order they were recorded, after {@code after}, optionally by day and component. */
    public List<LedgerEntry> entries(UUID budgetId, LocalDate from, LocalDate to, UUID componentId, Cursor after, int limit) {
        Map<String, Object> parameters = after.parameters();
        parameters.put("budgetId", budgetId);
        StringBuilder where = new StringBuilder("budgetId = :budgetId and ").append(Cursor.after("recordedAt"));
        if (from != null) {
            where.append(" and occurredOn >= :from");
            parameters.put("from", from);
        }
        if (to != null) {
            where.append(" and occurredOn <= :to");
            parameters.put("to", to);
        }
        if (componentId != null) {
            where.append(" and componentId = :componentId");
            parameters.put("componentId", componentId);
        }
        return LedgerEntry.<LedgerEntry>find(where + Cursor.order("recordedAt"), parameters).range(0, limit).list();
    }

    /** The allocation of every component, when a budget is agreed. */
    public void allocate(Budget budget, List<BudgetComponent> components, LocalDate on) {
        for (BudgetComponent component : components) {
            if (component.allocatedPence > 0) {
                record(budget, component, EntryType.ALLOCATION, component.allocatedPence, on, null, null, null,
                        "Allocated when the budget was agreed.");
            }
        }
    }

    private LedgerEntry record(Budget budget, BudgetComponent component, EntryType type, long amount, LocalDate on,
            SpendCategory category, String supplier, String serves, String reason) {
        long delta = type.delta(amount);
        long spend = type == EntryType.SPEND ? amount : type == EntryType.REFUND ? -amount : 0;
        long[] moved = move(component.id, delta, spend);
        if (moved == null) {
            long available = available(component.id);
            throw new ProblemException(422, INSUFFICIENT, "Not enough money in the component",
                    "The entry would take the " + component.source + " component below zero: " + available
                            + " pence is available, the entry needs " + (-delta) + ".",
                    List.of(new Problem.FieldError("amountPence", "exceeds the available balance of " + available + " pence")));
        }
        LedgerEntry entry = new LedgerEntry();
        entry.id = UUID.randomUUID();
        entry.budgetId = budget.id;
        entry.componentId = component.id;
        entry.type = type;
        entry.amountPence = delta;
        entry.occurredOn = on;
        entry.category = category;
        entry.supplier = supplier;
        entry.serves = serves;
        entry.reason = reason;
        entry.balanceAfterPence = moved[0];
        entry.recordedBy = history.actor();
        entry.recordedAt = Timestamps.now();
        entry.persist();
        outbox.add(BudgetEvents.entryRecorded(budget, component, entry));
        // The row lock orders entries, so each sees the spend before and after it: a crossing is seen once.
        Thresholds.crossed(moved[1] - spend, moved[1], moved[2])
                .forEach(threshold -> outbox.add(BudgetEvents.thresholdCrossed(budget, component, threshold, moved[1], moved[2], null)));
        return entry;
    }

    /** The conditional update: the new balance, spend and allocation, or null when the entry would overdraw. */
    private long[] move(UUID componentId, long delta, long spend) {
        String sql = "update " + schema + ".budget_component set balance_pence = balance_pence + ?,"
                + " spent_pence = spent_pence + ? where id = ? and balance_pence + ? >= 0"
                + " returning balance_pence, spent_pence, allocated_pence";
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement update = connection.prepareStatement(sql)) {
                update.setLong(1, delta);
                update.setLong(2, spend);
                update.setObject(3, componentId);
                update.setLong(4, delta);
                try (ResultSet row = update.executeQuery()) {
                    return row.next() ? new long[] {row.getLong(1), row.getLong(2), row.getLong(3)} : null;
                }
            }
        });
    }

    private long available(UUID componentId) {
        return ((Number) entityManager.createNativeQuery("select balance_pence from " + schema
                + ".budget_component where id = ?1").setParameter(1, componentId).getSingleResult()).longValue();
    }

    private static boolean outside(Budget budget, LocalDate day) {
        return (budget.periodStart != null && day.isBefore(budget.periodStart))
                || (budget.periodEnd != null && day.isAfter(budget.periodEnd));
    }
}
