package uk.icr.stack.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

/** Each service gets a database of its own that it owns, created once however often it is asked for. */
class EmbeddedPostgresServerTest {

    @Test
    void createsOneOwnedDatabasePerServiceAndRemovesItsDataOnClose() throws SQLException {
        Path dataDir;
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start()) {
            dataDir = server.dataDir();
            PostgresDatabases.Database first = server.createDatabase("alpha");
            PostgresDatabases.Database again = server.createDatabase("alpha");
            assertEquals(first, again);

            try (Connection connection = DriverManager.getConnection(first.jdbcUrl(), first.username(), first.password());
                 Statement statement = connection.createStatement()) {
                statement.execute("create schema alpha");
                statement.execute("create table alpha.t (id int)");
                try (ResultSet rows = statement.executeQuery(
                        "select current_database(), current_user, version()")) {
                    rows.next();
                    assertEquals("alpha", rows.getString(1));
                    assertEquals("alpha", rows.getString(2));
                    assertEquals(true, rows.getString(3).startsWith("PostgreSQL 18"), rows.getString(3));
                }
            }
            assertThrows(IllegalArgumentException.class, () -> server.createDatabase("alpha; drop database beta"));
        }
        assertFalse(Files.exists(dataDir), "the data directory was left behind");
    }
}
