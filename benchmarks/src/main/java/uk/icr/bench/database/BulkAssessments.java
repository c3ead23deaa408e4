package uk.icr.bench.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Fills the assessment-service's table straight in SQL (not through the API) to a given number of
 * assessments, for the growth scenario: in-progress joint assessments with findings, spread over one
 * person per three assessments, created over the past years. Only the assessment rows: their history,
 * audit and outbox rows are not what a read or a create searches.
 */
public final class BulkAssessments {

    private static final int CHUNK = 100_000;
    private final String url;

    public BulkAssessments(int port) {
        this.url = "jdbc:postgresql://127.0.0.1:" + port + "/assessment";
    }

    public long count() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select count(*) from assessment.assessment")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Deletes the assessments earlier scenarios made (all but the demo person's), so growth starts small. */
    public void keepOnly(String nhsNumber) throws SQLException {
        try (Connection connection = connect();
             PreparedStatement delete = connection.prepareStatement("delete from assessment.assessment where nhs_number <> ?")) {
            delete.setString(1, nhsNumber);
            delete.executeUpdate();
        }
        vacuum();
    }

    /** Inserts assessments until there are {@code total}; returns how many were added. */
    public long fillTo(long total) throws SQLException {
        long added = 0;
        long missing = total - count();
        try (Connection connection = connect();
             PreparedStatement insert = connection.prepareStatement("""
                     insert into assessment.assessment (id, nhs_number, type, status, created_at, version, method,
                         primary_support_reason, started_at, what_matters_to_me, impairment_or_illness, contributors,
                         outcomes, wellbeing, health_needs, carers, updated_at)
                     select gen_random_uuid(), lpad(((n * 7919) % 9000000000 + 1000000000)::text, 10, '0'),
                         'JOINT_HEALTH_AND_SOCIAL_CARE', 'IN_PROGRESS', created, 1, 'SERVICE_USER_AND_CARER',
                         'PHYSICAL_SUPPORT_PERSONAL_CARE', created,
                         'Staying in my own home and seeing my grandchildren on Sundays.', true,
                         '[{"name": "Dr Amira Shah", "role": "GP", "sector": "HEALTH", "organisation": "Y02847"},
                           {"name": "Sam Okafor", "role": "Social worker", "sector": "SOCIAL_CARE", "organisation": "E08000026"}]',
                         '[]', '[]',
                         '[{"code": "13645005", "metBy": "NHS", "description": "COPD: breathless on stairs"}]',
                         '[]', created
                     from (select (g + ?) / 3 as n, now() - (g || ' minutes')::interval as created
                           from generate_series(1, ?) g) s
                     """)) {
            while (missing > 0) {
                int chunk = (int) Math.min(CHUNK, missing);
                insert.setLong(1, count()); // new people numbers for every chunk
                insert.setInt(2, chunk);
                added += insert.executeUpdate();
                missing -= chunk;
            }
        }
        vacuum();
        return added;
    }

    /**
     * The plans of the reads the API makes of this table, by id and by person, with their execution times:
     * the evidence that the indexes carry them at this size.
     */
    public List<String> plans(String id, String nhsNumber) throws SQLException {
        List<String> plans = new ArrayList<>();
        try (Connection connection = connect()) {
            plans.add(plan(connection, "select * from assessment.assessment where id = '" + id + "'::uuid"));
            plans.add(plan(connection, "select * from assessment.assessment where nhs_number = '" + nhsNumber
                    + "' order by created_at, id limit 21"));
        }
        return plans;
    }

    private static String plan(Connection connection, String sql) throws SQLException {
        StringBuilder plan = new StringBuilder();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("explain (analyze, costs off) " + sql)) {
            while (rows.next()) {
                String line = rows.getString(1).trim();
                // The scans say which index carried the query; the time says what it cost.
                if (line.contains("Scan") || line.startsWith("Execution Time")) {
                    plan.append(plan.length() == 0 ? "" : "; ").append(line.replaceFirst("^->\\s*", ""));
                }
            }
        }
        return plan.toString();
    }

    /** Ids of assessments spread over the whole table, for reads by id. */
    public List<String> sampleIds(int howMany) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection connection = connect();
             PreparedStatement select = connection.prepareStatement(
                     "select id::text from assessment.assessment tablesample bernoulli(?) limit ?")) {
            long rows = count();
            select.setDouble(1, Math.min(100, Math.max(0.01, howMany * 200.0 / rows)));
            select.setInt(2, howMany);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    ids.add(result.getString(1));
                }
            }
        }
        return ids;
    }

    /**
     * Vacuums and analyses the table, then forces a checkpoint (as the superuser): otherwise the checkpoint of
     * a million rows' WAL would land in the middle of the measurements that follow.
     */
    private void vacuum() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("vacuum analyze assessment.assessment");
        }
        try (Connection connection = DriverManager.getConnection(url, "postgres", "postgres");
             Statement statement = connection.createStatement()) {
            statement.execute("checkpoint");
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, "assessment", "assessment");
    }
}
