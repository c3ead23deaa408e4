package uk.icr.careplan.assessments;

import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.quarkus.oidc.client.filter.OidcClientFilter;

/** The assessment-service's API, called as the {@code icr-services} client (OAuth2 client credentials). */
@RegisterRestClient(configKey = "assessment-service")
@OidcClientFilter
@Path("/api/v1/assessments")
public interface AssessmentsClient {

    @GET
    @Path("/{id}")
    AssessmentView get(@PathParam("id") UUID id);

    /** This service's own copy of the little it reads from an assessment; the rest is ignored. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record AssessmentView(UUID id, String nhsNumber, String whatMattersToMe) {
    }
}
