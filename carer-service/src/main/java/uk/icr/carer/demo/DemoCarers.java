package uk.icr.carer.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.StartupEvent;
import uk.icr.carer.Carer;
import uk.icr.carer.CarerDetails;
import uk.icr.carer.CarerService;
import uk.icr.carer.consent.Consent;
import uk.icr.carer.consent.ConsentRequest;
import uk.icr.carer.consent.Consents;
import uk.icr.kit.demo.DemoData;
import uk.icr.kit.history.VersionHistory;

/**
 * Demo carers for the local run, with the consents they gave, made through the service like any carer.
 * Margaret Evans is also named by the demo assessment of 9434765919: when its event arrives she is matched
 * by name and the person she cares for, not recorded twice. Loaded before the event consumers start.
 */
@ApplicationScoped
public class DemoCarers {

    @ConfigProperty(name = "icr.demo-data.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    CarerService carers;

    @Inject
    Consents consents;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    /** One demo carer and the consents they gave. */
    record Demo(CarerDetails details, List<ConsentRequest> consents) {
    }

    void load(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent start) {
        if (!enabled) {
            return;
        }
        List<Demo> demos = DemoData.read(json, "/demo/carers.json", new TypeReference<List<Demo>>() { }, LocalDate.now(clock));
        // Only the demo records consents with no caller.
        DemoData.loadOnce("carers", demos, () -> Consent.count("recordedBy", VersionHistory.SYSTEM) > 0, this::create);
    }

    private void create(Demo demo) {
        Carer carer = carers.identify(demo.details());
        demo.consents().forEach(consent -> consents.grant(carer.id, consent));
    }
}
