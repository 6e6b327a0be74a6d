/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The two databases every repository test runs on: a private in-memory H2 database per application context, and one
 * PostgreSQL database per test run on the local server (127.0.0.1:5432, trust authentication, or {@code
 * -Dsignaal.test.postgres=jdbc:postgresql://host:port/}), created at first use. It is dropped by a later run, not at
 * exit: at exit the cached Spring contexts still close their connection pools, and would wait on a dropped database.
 * A PostgreSQL server that cannot be reached fails the tests: they are never skipped.
 */
public final class TestDatabases {

    private static final String SERVER =
            System.getProperty("signaal.test.postgres", "jdbc:postgresql://127.0.0.1:5432/");
    private static final String USER = System.getProperty("signaal.test.postgres.user", "postgres");
    private static String postgresUrl;

    private TestDatabases() {}

    public static void h2(DynamicPropertyRegistry registry) {
        String name = "signaal-" + UUID.randomUUID();
        registry.add(
                "spring.datasource.url", () -> "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE");
        registry.add("spring.datasource.username", () -> "sa");
        registry.add("spring.datasource.password", () -> "");
    }

    public static void postgres(DynamicPropertyRegistry registry) {
        String url = postgresUrl();
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> "");
    }

    /** The URL of this run's PostgreSQL test database, created on first use. */
    public static synchronized String postgresUrl() {
        if (postgresUrl == null) {
            String database = "signaal_test_" + ProcessHandle.current().pid() + "_"
                    + UUID.randomUUID().toString().substring(0, 8);
            dropLeftovers();
            execute("CREATE DATABASE " + database);
            postgresUrl = SERVER + database;
        }
        return postgresUrl;
    }

    /** Drops the databases of earlier test runs whose process has ended. */
    private static void dropLeftovers() {
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", USER, "");
                Statement s = c.createStatement();
                var names = s.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE 'signaal\\_test\\_%'")) {
            List<String> stale = new ArrayList<>();
            while (names.next()) {
                String name = names.getString(1);
                long pid = Long.parseLong(name.split("_")[2]);
                if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                    continue;
                }
                stale.add(name);
            }
            for (String name : stale) {
                s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        } catch (SQLException | RuntimeException e) {
            throw new IllegalStateException("The tests need PostgreSQL at " + SERVER + " (user " + USER + ")", e);
        }
    }

    private static void execute(String sql) {
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", USER, "");
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "The tests need PostgreSQL at " + SERVER + " (user " + USER
                            + ", trust authentication); start it, e.g. pg_ctlcluster --skip-systemctl-redirect 15 main start. "
                            + "Statement: " + sql,
                    e);
        }
    }
}
