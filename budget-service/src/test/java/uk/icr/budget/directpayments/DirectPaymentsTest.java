package uk.icr.budget.directpayments;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.icr.budget.BudgetFixtures.PATH;
import static uk.icr.budget.BudgetFixtures.manager;

import java.time.Duration;
import java.time.LocalDate;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import uk.icr.budget.BudgetFixtures;
import uk.icr.budget.events.BudgetEvents;
import uk.icr.stack.test.EventContracts;
import uk.icr.stack.test.TestEvents;
import uk.icr.stack.test.TestNhsNumbers;

/** Direct payments: their details are required, the first review is within 6 months, and it is announced once. */
@QuarkusTest
class DirectPaymentsTest {

    @Inject
    DirectPaymentReviewJob job;

    private static String withDirectPayment(String nhsNumber, String details) {
        return BudgetFixtures.body(nhsNumber).replace("\"management\": \"THIRD_PARTY\",",
                "\"management\": \"DIRECT_PAYMENT\"," + (details == null ? "" : " \"directPayment\": " + details + ","));
    }

    private static String details(LocalDate firstReview) {
        return "{\"amountPence\": 230, \"frequency\": \"WEEKLY\", \"recipient\": \"NOMINEE\", \"accountType\":"
                + " \"MANAGED_ACCOUNT\", \"firstReviewDue\": \"" + firstReview + "\"}";
    }

    @Test
    void aDirectPaymentNeedsItsDetailsAndAFirstReviewWithinSixMonths() {
        LocalDate start = BudgetFixtures.START;
        manager().body(withDirectPayment(TestNhsNumbers.random(), null)).post(PATH)
                .then().statusCode(400).body("errors.field", contains("components[0].directPayment"));
        manager().body(withDirectPayment(TestNhsNumbers.random(), details(start.plusMonths(7)))).post(PATH)
                .then().statusCode(400).body("errors.field", contains("components[0].directPayment.firstReviewDue"));
        manager().body(withDirectPayment(TestNhsNumbers.random(), details(start.plusMonths(5)))).post(PATH)
                .then().statusCode(201).body("components[0].directPayment.recipient", equalTo("NOMINEE"))
                .body("components[0].directPaymentReviewDue", equalTo(start.plusMonths(5).toString()));
    }

    @Test
    void eachReviewDueDateIsAnnouncedOnce() {
        LocalDate start = BudgetFixtures.START;
        LocalDate due = start.plusMonths(3);
        String budget = manager().body(withDirectPayment(TestNhsNumbers.random(), details(due))).post(PATH)
                .then().statusCode(201).extract().path("id");
        job.announce(due);
        job.announce(due.plusDays(1));

        TestEvents.awaitEvent(BudgetEvents.TOPIC, budget, BudgetEvents.DIRECT_PAYMENT_REVIEW_DUE);
        var announced = TestEvents.events(BudgetEvents.TOPIC, budget, BudgetEvents.DIRECT_PAYMENT_REVIEW_DUE,
                Duration.ofSeconds(3));
        assertEquals(1, announced.size());
        EventContracts.assertConforms(announced.get(0));
    }

}
