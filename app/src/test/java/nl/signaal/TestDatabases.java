/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The two databases every repository test runs on: a private in-memory H2 database per application context, and one
 * PostgreSQL database per test run on the local server (127.0.0.1:5432, trust authentication, or {@code
 * -Dsignaal.test.postgres=jdbc:postgresql://host:port/}), created at first use and dropped when the JVM exits.
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
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
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
            execute("CREATE DATABASE " + database);
            Runtime.getRuntime()
                    .addShutdownHook(
                            new Thread(() -> execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)")));
            postgresUrl = SERVER + database;
        }
        return postgresUrl;
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
