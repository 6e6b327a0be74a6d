/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.alert;

import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * After every test method of every Spring test (registered in {@code META-INF/spring.factories}), validates each CAP
 * message the application issued since the last check against the OASIS schema, so that no test produces a CAP
 * document that is not checked, whatever the test is about. A test that issued an invalid one fails, naming it.
 */
public class EveryCapMessageIsValid extends AbstractTestExecutionListener {

    /** Per application context: the last message checked. */
    private static final Map<ApplicationContext, Long> CHECKED = new WeakHashMap<>();

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void afterTestMethod(TestContext testContext) {
        if (!testContext.hasApplicationContext()) {
            return;
        }
        ApplicationContext context = testContext.getApplicationContext();
        JdbcClient jdbc = context.getBeanProvider(JdbcClient.class).getIfAvailable();
        if (jdbc == null) {
            return;
        }
        long from;
        synchronized (CHECKED) {
            from = CHECKED.getOrDefault(context, 0L);
        }
        List<Issued> issued = jdbc.sql("SELECT seq, identifier, xml FROM alert_message WHERE seq > :from ORDER BY seq")
                .param("from", from)
                .query((rs, n) -> new Issued(rs.getLong("seq"), rs.getString("identifier"), rs.getString("xml")))
                .list();
        for (Issued message : issued) {
            try {
                CapSchema.assertValid(message.xml());
            } catch (AssertionError e) {
                throw new AssertionError(
                        "CAP message " + message.identifier() + " issued in this test: " + e.getMessage(), e);
            }
        }
        if (!issued.isEmpty()) {
            synchronized (CHECKED) {
                CHECKED.put(context, issued.getLast().seq());
            }
        }
    }

    private record Issued(long seq, String identifier, String xml) {}
}
