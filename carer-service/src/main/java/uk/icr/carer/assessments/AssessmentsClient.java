package uk.icr.carer.assessments;

import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.quarkus.oidc.client.filter.OidcClientFilter;

/**
 * The assessment-service's API, called as the {@code icr-services} client (OAuth2 client credentials):
 * events carry no names, so the named carers' names and contacts are read from the assessment itself.
 */
@RegisterRestClient(configKey = "assessment-service")
@OidcClientFilter
@Path("/api/v1/assessments")
public interface AssessmentsClient {

    @GET
    @Path("/{id}")
    AssessmentView get(@PathParam("id") UUID id);

    /** This service's own copy of the little it reads from an assessment; the rest is ignored. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record AssessmentView(UUID id, String nhsNumber, List<NamedCarer> carers) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record NamedCarer(UUID id, String name, String relationship, String phone, String email, Boolean livesWithPerson,
            String nhsNumber, Boolean agreedToBeContacted) {
    }
}
