package uk.icr.gateway.people;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.stream.StreamSupport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;

import io.smallrye.mutiny.Uni;

/**
 * Composes a person's record from the four services at once, each call bounded by the same deadline. A
 * service that fails, is too slow or refuses the caller leaves its section unavailable with the reason;
 * the others still answer. Each service applies its own roles and consent to the caller's token.
 */
@ApplicationScoped
public class PersonRecords {

    @Inject
    ServiceCalls calls;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "icr.gateway.record-timeout", defaultValue = "2s")
    Duration timeout;

    public Uni<PersonRecord> compose(String nhsNumber, ServiceCalls.Caller caller) {
        Uni<Section> assessments = section("assessment", calls.get("assessment",
                "/api/v1/assessments?limit=100&nhsNumber=" + nhsNumber, caller, timeout).map(this::latestFirst));
        Uni<Section> carePlan = section("careplan", calls.get("careplan",
                "/api/v1/care-plans?limit=100&nhsNumber=" + nhsNumber, caller, timeout).map(this::inForce));
        Uni<Section> budgets = section("budget", calls.get("budget",
                "/api/v1/budgets?limit=100&nhsNumber=" + nhsNumber, caller, timeout).flatMap(page -> withBalances(page, caller)));
        Uni<Section> carers = section("carer", calls.get("carer",
                "/api/v1/carers?limit=100&caredForNhsNumber=" + nhsNumber, caller, timeout).map(page -> page.path("items")));
        return Uni.combine().all().unis(assessments, carePlan, budgets, carers).with((a, p, b, c) ->
                new PersonRecord(nhsNumber, a, p, b, c, OffsetDateTime.now(ZoneOffset.UTC)));
    }

    private Uni<Section> section(String service, Uni<JsonNode> content) {
        return content.map(Section::of)
                .ifNoItem().after(timeout.plusMillis(200)).failWith(TimeoutException::new)
                .onFailure().recoverWithItem(failure -> unavailable(service, failure));
    }

    private Section unavailable(String service, Throwable failure) {
        if (failure instanceof ServiceCalls.Refused refused) {
            return Section.unavailable(refused.status, "The " + service + " service answered " + refused.status + ": "
                    + refused.getMessage());
        }
        if (failure instanceof TimeoutException) {
            return Section.unavailable(null, "The " + service + " service did not answer within " + timeout.toMillis() + " ms.");
        }
        return Section.unavailable(null, "The " + service + " service could not be reached.");
    }

    private JsonNode latestFirst(JsonNode page) {
        List<JsonNode> items = new ArrayList<>();
        page.path("items").forEach(items::add);
        items.sort(Comparator.comparing((JsonNode a) -> a.path("createdAt").asText()).reversed());
        ArrayNode sorted = json.createArrayNode();
        items.forEach(sorted::add);
        return sorted;
    }

    private JsonNode inForce(JsonNode page) {
        return StreamSupport.stream(page.path("items").spliterator(), false)
                .filter(plan -> List.of("ACTIVE", "UNDER_REVIEW").contains(plan.path("status").asText()))
                .findFirst().orElse(json.nullNode());
    }

    /** Each budget with its balance, fetched at once; a budget whose balance cannot be read keeps a null one. */
    private Uni<JsonNode> withBalances(JsonNode page, ServiceCalls.Caller caller) {
        List<Uni<JsonNode>> each = new ArrayList<>();
        page.path("items").forEach(budget -> each.add(calls.get("budget", "/api/v1/budgets/" + budget.path("id").asText()
                + "/balance", caller, timeout).onFailure().recoverWithItem(json.nullNode())
                .map(balance -> json.createObjectNode().<com.fasterxml.jackson.databind.node.ObjectNode>set("budget", budget)
                        .set("balance", balance))));
        if (each.isEmpty()) {
            return Uni.createFrom().item(json.createArrayNode());
        }
        return Uni.join().all(each).andFailFast().map(all -> {
            ArrayNode budgets = json.createArrayNode();
            all.forEach(budgets::add);
            return budgets;
        });
    }
}
