package uk.icr.budget.directpayments;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
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
import uk.icr.kit.time.EnglandClock;
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

    @Test
    void aReviewSetsTheNextWithinTwelveMonthsAndOnlyADirectPaymentIsReviewed() {
        LocalDate today = LocalDate.now(EnglandClock.ENGLAND);
        String budget = manager().body(withDirectPayment(TestNhsNumbers.random(), details(BudgetFixtures.START.plusMonths(2))))
                .post(PATH).then().statusCode(201).extract().path("id");
        String reviews = PATH + "/{id}/components/{c}/direct-payment-reviews";
        String direct = BudgetFixtures.component(budget, 0);
        String review = "{\"reviewedOn\": \"%s\", \"nextReviewDue\": \"%s\"}";
        manager().header("If-Match", "\"0\"").body(review.formatted(today, today.plusMonths(6)))
                .post(reviews, budget, direct).then().statusCode(409); // not agreed yet
        manager().header("If-Match", "\"0\"").post(PATH + "/{id}/agree", budget).then().statusCode(200);

        manager().header("If-Match", "\"1\"").body(review.formatted(today, today.plusMonths(12).plusDays(1)))
                .post(reviews, budget, direct).then().statusCode(400).body("errors.field", contains("nextReviewDue"));
        manager().header("If-Match", "\"1\"").body(review.formatted(today.plusDays(1), today.plusMonths(6)))
                .post(reviews, budget, direct).then().statusCode(400).body("errors.field", contains("reviewedOn"));
        manager().header("If-Match", "\"1\"").body(review.formatted(today, today.plusMonths(6)))
                .post(reviews, budget, BudgetFixtures.component(budget, 1)).then().statusCode(409)
                .body("type", equalTo(DirectPaymentReviews.NOT_A_DIRECT_PAYMENT));
        manager().header("If-Match", "\"1\"").body(review.formatted(today, today.plusMonths(12)))
                .post(reviews, budget, direct).then().statusCode(200).body("version", equalTo(2))
                .body("components[0].directPaymentLastReviewed", equalTo(today.toString()))
                .body("components[0].directPaymentReviewDue", equalTo(today.plusMonths(12).toString()));
        manager().header("If-Match", "\"1\"").body(review.formatted(today, today.plusMonths(6)))
                .post(reviews, budget, direct).then().statusCode(412);
        manager().header("If-Match", "\"2\"").body(review.formatted(today.minusDays(1), today.plusMonths(6)))
                .post(reviews, budget, direct).then().statusCode(400).body("errors[0].message", containsString("before the last"));
    }
}
