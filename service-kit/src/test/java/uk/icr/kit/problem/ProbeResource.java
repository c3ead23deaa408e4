package uk.icr.kit.problem;

import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import uk.icr.kit.nhs.NhsNumber;

/** A resource that exists only in the kit's tests, to provoke every kind of failure. */
@Path("/api/v1/probes")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ProbeResource {

    public enum Colour { RED, GREEN }

    public record Item(@NotBlank String name, @Min(1) @Max(10) int importance) {
    }

    public record Body(@NotNull @NhsNumber String nhsNumber, @NotNull Colour colour, int count, LocalDate date,
            List<@Valid Item> items) {
    }

    @POST
    @RolesAllowed("practitioner")
    public Body echo(@NotNull @Valid Body body) {
        return body;
    }

    @GET
    @RolesAllowed("practitioner")
    public List<String> list(@QueryParam("limit") @Min(1) @Max(100) int limit) {
        return List.of();
    }

    @GET
    @Path("/boom")
    @RolesAllowed("practitioner")
    public String boom() {
        throw new IllegalStateException("uk.icr.secret.Internal failed at line 42");
    }
}
