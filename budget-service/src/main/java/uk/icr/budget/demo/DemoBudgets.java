package uk.icr.budget.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.StartupEvent;
import uk.icr.budget.Budget;
import uk.icr.budget.BudgetProposal;
import uk.icr.budget.BudgetService;
import uk.icr.budget.components.BudgetComponent;
import uk.icr.budget.ledger.EntryRequest;
import uk.icr.budget.ledger.EntryType;
import uk.icr.budget.ledger.Ledger;
import uk.icr.budget.ledger.LedgerEntry;
import uk.icr.budget.ledger.SpendCategory;
import uk.icr.kit.demo.DemoData;
import uk.icr.kit.history.VersionHistory;

/**
 * Demo budgets for the local run ({@code icr.demo-data.enabled=true}, set by {@code ./run.sh}) for the demo
 * people the assessment service loads: made through the service and the ledger, like any budget. Dates in
 * {@code demo/budgets.json} are relative ({@code ${TODAY-60}}), so the demo stays inside its period.
 * Nothing is loaded twice into the same database.
 */
@ApplicationScoped
public class DemoBudgets {

    @ConfigProperty(name = "icr.demo-data.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    BudgetService budgets;

    @Inject
    Ledger ledger;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    /** One demo budget: the proposal, whether it is agreed, and what has been spent from which component. */
    record Demo(BudgetProposal proposal, boolean agree, List<Entry> entries) {
    }

    record Entry(int component, EntryType type, long amountPence, LocalDate occurredOn, SpendCategory category,
            String supplier, String serves) {
    }

    void load(@Observes StartupEvent start) {
        if (!enabled) {
            return;
        }
        List<Demo> demos = read(LocalDate.now(clock));
        // Only the demo posts ledger entries with no caller.
        DemoData.loadOnce("budgets", demos, () -> LedgerEntry.count("recordedBy", VersionHistory.SYSTEM) > 0, this::create);
    }

    private void create(Demo demo) {
        Budget budget = budgets.propose(demo.proposal());
        if (!demo.agree()) {
            return;
        }
        budget = budgets.agree(budget.id, budget.version);
        List<BudgetComponent> components = budget.components();
        for (Entry e : demo.entries()) {
            ledger.post(budget.id, new EntryRequest(e.type(), components.get(e.component()).id, e.amountPence(),
                    e.occurredOn(), e.category(), e.supplier(), e.serves(), null));
        }
    }

    List<Demo> read(LocalDate today) {
        return DemoData.read(json, "/demo/budgets.json", new TypeReference<List<Demo>>() { }, today);
    }
}
