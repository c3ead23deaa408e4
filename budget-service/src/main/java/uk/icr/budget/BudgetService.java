package uk.icr.budget;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import uk.icr.kit.outbox.Outbox;
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

    public Optional<Budget> find(UUID id) {
        return Budget.findByIdOptional(id);
    }
}
