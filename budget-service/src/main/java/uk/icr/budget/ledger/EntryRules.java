package uk.icr.budget.ledger;

import uk.icr.budget.components.BudgetComponent;
import uk.icr.kit.problem.ProblemException;

/** What an entry must say for its type, and what NHS money may not pay for. */
final class EntryRules {

    private EntryRules() {
    }

    static void check(EntryRequest request, BudgetComponent component) {
        long amount = request.amountPence();
        if (request.type() == EntryType.ADJUSTMENT) {
            if (amount == 0) {
                throw ProblemException.invalid("amountPence", "an adjustment moves money: it cannot be 0");
            }
            if (request.reason() == null || request.reason().isBlank()) {
                throw ProblemException.invalid("reason", "an adjustment needs a reason");
            }
        } else if (amount <= 0) {
            throw ProblemException.invalid("amountPence", "must be a positive number of pence for a " + request.type());
        }
        if (request.type() == EntryType.SPEND) {
            if (request.category() == null) {
                throw ProblemException.invalid("category", "a spend needs a category");
            }
            if (component.source.nhs() && request.category().excludedForNhs()) {
                throw new ProblemException(422, Ledger.EXCLUDED, "NHS money cannot pay for this",
                        "Personal health budget rules exclude " + request.category() + " from NHS money ("
                                + component.source + ").");
            }
        }
    }
}
