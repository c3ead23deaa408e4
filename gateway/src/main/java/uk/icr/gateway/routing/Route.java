package uk.icr.gateway.routing;

import java.util.List;

/**
 * A path prefix of the public API and the upstream that owns it. The gateway routes by the first
 * segment after {@code /api/v1}, and a person's timeline to the timeline read model.
 */
public record Route(String prefix, String upstream) {

    public static final List<Route> ALL = List.of(
            new Route("/api/v1/assessments", "assessment"),
            new Route("/api/v1/care-plans", "careplan"),
            new Route("/api/v1/budgets", "budget"),
            new Route("/api/v1/carers", "carer"),
            // The timeline read model answers for a person; the person's record is the gateway's own.
            new Route("/api/v1/people/:nhsNumber/timeline", "timeline"));
}
