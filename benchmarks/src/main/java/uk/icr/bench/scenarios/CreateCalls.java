package uk.icr.bench.scenarios;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

import uk.icr.stack.test.TestNhsNumbers;
import uk.icr.bench.load.HttpCall;
import uk.icr.bench.load.LoadClient;

/** POST /api/v1/assessments as the load sends it: a new person and a new Idempotency-Key every time. */
final class CreateCalls {

    static final String PATH = "/api/v1/assessments";

    private CreateCalls() {
    }

    static Supplier<HttpCall> to(String url, String token) {
        return () -> HttpCall.post(url, token, Map.of("Idempotency-Key", UUID.randomUUID().toString()),
                "{\"nhsNumber\": \"" + TestNhsNumbers.random() + "\", \"type\": \"JOINT_HEALTH_AND_SOCIAL_CARE\"}", 201);
    }

    /** Keeps the id of every assessment created, from its Location. */
    static Consumer<LoadClient.Answer> keepIds(List<String> ids) {
        return answer -> {
            String location = answer.header("Location");
            if (location != null) {
                ids.add(location.substring(location.lastIndexOf('/') + 1));
            }
        };
    }
}
