package uk.icr.kit.api;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.agroal.api.AgroalDataSource;
import uk.icr.kit.events.DomainEvent;
import uk.icr.kit.outbox.Outbox;

/** Only in the kit's tests: a POST whose effect is a row, to count effects under repeats. */
@Path("/api/v1/probe-things")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ProbeThingResource {

    public record NewThing(@NotBlank String name) {
    }

    public record Thing(UUID id, String name, long version) {
    }

    @Inject
    Idempotency idempotency;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Outbox outbox;

    @POST
    @RolesAllowed("practitioner")
    public Response create(@HeaderParam(Idempotency.HEADER) String key, @NotNull @Valid NewThing body) {
        return idempotency.execute(key, "probe-thing-create", body, () -> {
            Thing thing = new Thing(UUID.randomUUID(), body.name(), 0);
            insert(thing);
            outbox.add(new DomainEvent("kit.probe-things", "probe-thing", thing.id().toString(),
                    "uk.nhs.icr.probe-thing.created.v1", "9434765919", thing));
            return Response.created(URI.create("/api/v1/probe-things/" + thing.id())).entity(thing).build();
        });
    }

    private void insert(Thing thing) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "insert into kit.probe_thing (id, name, version) values (?, ?, 0)")) {
            insert.setObject(1, thing.id());
            insert.setString(2, thing.name());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
