package uk.icr.bench;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.icr.bench.api.Api;
import uk.icr.bench.load.LoadClient;
import uk.icr.bench.load.Wrk;
import uk.icr.bench.results.Results;
import uk.icr.stack.run.LocalStackMain;

/** What every scenario works with: the running suite, its API, the load tools and the results. */
public record Bench(LocalStackMain.Running stack, Api api, LoadClient load, Wrk wrk, Results results, Path workDir) {

    /** The suite's processes, in the order the run starts them. */
    public static final List<String> PROCESSES = List.of("assessment-service", "careplan-service", "budget-service",
            "carer-service", "timeline-service", "gateway");

    /** The demo person (./run.sh's demo data): an assessment, a care plan, a budget and a carer. */
    public static final String DEMO_PERSON = "9434765919";

    public String gateway(String path) {
        return stack.gatewayUrl() + path;
    }

    public String direct(String service, String path) {
        return stack.serviceUrl(service) + path;
    }

    public Map<String, Long> pids() {
        Map<String, Long> pids = new LinkedHashMap<>();
        PROCESSES.forEach(name -> pids.put(name, stack.pid(name)));
        return pids;
    }
}
