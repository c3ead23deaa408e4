package uk.icr.kit.audit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import uk.icr.stack.test.EventContracts;
import uk.icr.stack.test.TestEvents;
import uk.icr.stack.test.TestTokens;

/** Every call on the API leaves exactly one audit record, writes in their own transaction, denials too. */
@QuarkusTest
class AuditTrailTest {

    private static final String PRACTITIONER = TestTokens.forRoles("pat", "practitioner");

    @Inject
    AgroalDataSource dataSource;

    private List<Map<String, Object>> recordsFor(String correlationId) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("select actor, roles, organisation, action,"
                     + " resource_type, nhs_number, purpose, status, outcome from kit.audit_record where correlation_id = ?")) {
            query.setString(1, correlationId);
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= 9; i++) {
                        row.put(result.getMetaData().getColumnName(i), result.getObject(i));
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    @Test
    void aReadLeavesOneRecordSayingWhoWhatAndWhy() throws Exception {
        String correlation = UUID.randomUUID().toString();
        given().auth().oauth2(PRACTITIONER).header("X-Correlation-Id", correlation)
                .header("X-Purpose-Of-Use", "safeguarding")
                .queryParam("limit", 5).get("/api/v1/probes")
                .then().statusCode(200);
        List<Map<String, Object>> records = recordsFor(correlation);
        assertEquals(1, records.size(), records.toString());
        Map<String, Object> record = records.get(0);
        assertEquals("pat", record.get("actor"));
        assertEquals("practitioner", record.get("roles"));
        assertEquals("RX1", record.get("organisation"));
        assertEquals("SEARCH", record.get("action"));
        assertEquals("probes", record.get("resource_type"));
        assertEquals("SAFEGUARDING", record.get("purpose"));
        assertEquals("SUCCESS", record.get("outcome"));
    }

    @Test
    void aWriteLeavesOneRecordAndItsEvent() throws Exception {
        String correlation = UUID.randomUUID().toString();
        given().auth().oauth2(PRACTITIONER).header("X-Correlation-Id", correlation).contentType(ContentType.JSON)
                .body("{\"name\": \"audited-" + correlation + "\"}")
                .post("/api/v1/probe-things")
                .then().statusCode(201);
        List<Map<String, Object>> records = recordsFor(correlation);
        assertEquals(1, records.size(), records.toString());
        assertEquals("CREATE", records.get(0).get("action"));
        assertEquals("9434765919", records.get(0).get("nhs_number"));
        assertEquals("DIRECT_CARE", records.get(0).get("purpose"));

        EventContracts.assertConforms(
                TestEvents.awaitRecord("icr.audit.v1", r -> r.value().contains(correlation), Duration.ofSeconds(30)));
    }

    @Test
    void deniedCallsAreRecordedToo() throws Exception {
        String anonymous = UUID.randomUUID().toString();
        given().header("X-Correlation-Id", anonymous).get("/api/v1/probes").then().statusCode(401);
        List<Map<String, Object>> unauthenticated = recordsFor(anonymous);
        assertEquals(1, unauthenticated.size());
        assertEquals("DENIED", unauthenticated.get(0).get("outcome"));
        assertEquals(401, unauthenticated.get(0).get("status"));
        assertEquals("anonymous", unauthenticated.get(0).get("actor"));

        String partner = UUID.randomUUID().toString();
        given().auth().oauth2(TestTokens.forRoles("pip", "partner")).header("X-Correlation-Id", partner)
                .get("/api/v1/probes").then().statusCode(403);
        List<Map<String, Object>> forbidden = recordsFor(partner);
        assertEquals(1, forbidden.size());
        assertEquals("DENIED", forbidden.get(0).get("outcome"));
        assertEquals("pip", forbidden.get(0).get("actor"));
    }

    @Test
    void aFailedWriteIsRecordedOnceAsAFailure() throws Exception {
        String correlation = UUID.randomUUID().toString();
        given().auth().oauth2(PRACTITIONER).header("X-Correlation-Id", correlation).contentType(ContentType.JSON)
                .body("{\"name\": \"\"}")
                .post("/api/v1/probe-things")
                .then().statusCode(400);
        List<Map<String, Object>> records = recordsFor(correlation);
        assertEquals(1, records.size());
        assertEquals("FAILURE", records.get(0).get("outcome"));
    }

    @Test
    void theServicesRoleCannotChangeOrDeleteAuditRecords() throws Exception {
        given().auth().oauth2(PRACTITIONER).queryParam("limit", 1).get("/api/v1/probes").then().statusCode(200);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            SQLException update = assertThrows(SQLException.class,
                    () -> statement.executeUpdate("update kit.audit_record set actor = 'someone else'"));
            assertTrue(update.getMessage().contains("permission denied") || update.getMessage().contains("append-only"),
                    update.getMessage());
            assertThrows(SQLException.class, () -> statement.executeUpdate("delete from kit.audit_record"));
            assertThrows(SQLException.class, () -> statement.executeUpdate("truncate kit.audit_record"));
        }
    }
}
