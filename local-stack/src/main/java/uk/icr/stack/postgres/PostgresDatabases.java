package uk.icr.stack.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * One login role and one database per service on a shared server. It needs only the port, so a test
 * run in another class loader can add its database to a server the first one started.
 */
public final class PostgresDatabases {

    private PostgresDatabases() {
    }

    /**
     * Creates, if missing, a role and a database it owns, both named after the service. The password
     * equals the name: the server listens on loopback only and lives for one run.
     */
    public static Database ensure(int port, String name) {
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("Database names are lower-case identifiers: " + name);
        }
        String admin = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
        try (Connection connection = DriverManager.getConnection(admin, "postgres", "postgres");
             Statement statement = connection.createStatement()) {
            // Two test JVMs may race to create the same database; the advisory lock serialises them.
            statement.execute("select pg_advisory_lock(hashtext('icr-create-database'))");
            if (!exists(connection, "select 1 from pg_roles where rolname = ?", name)) {
                statement.execute("create role " + name + " login password '" + name + "'");
            }
            if (!exists(connection, "select 1 from pg_database where datname = ?", name)) {
                statement.execute("create database " + name + " owner " + name);
            }
            statement.execute("select pg_advisory_unlock(hashtext('icr-create-database'))");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
        return new Database("jdbc:postgresql://127.0.0.1:" + port + "/" + name, name, name);
    }

    private static boolean exists(Connection connection, String sql, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, name);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** Where a service finds its database. */
    public record Database(String jdbcUrl, String username, String password) {
    }
}
