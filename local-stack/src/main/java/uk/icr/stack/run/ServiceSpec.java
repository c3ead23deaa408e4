package uk.icr.stack.run;

import java.util.List;

/**
 * A service of the suite as the local run starts it.
 *
 * @param name     the module, and the name in logs
 * @param database its own database, or null for the gateway
 * @param upstream the gateway's name for it (icr.gateway.upstream.*), or null for the gateway
 */
record ServiceSpec(String name, String database, String upstream) {

    static final List<ServiceSpec> DOMAIN_SERVICES = List.of(
            new ServiceSpec("assessment-service", "assessment", "assessment"),
            new ServiceSpec("careplan-service", "careplan", "careplan"),
            new ServiceSpec("budget-service", "budget", "budget"),
            new ServiceSpec("carer-service", "carer", "carer"),
            new ServiceSpec("timeline-service", "timeline", "timeline"));

    static final ServiceSpec GATEWAY = new ServiceSpec("gateway", null, null);
}
