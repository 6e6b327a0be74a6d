/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import nl.signaal.TestDatabases;
import nl.signaal.alert.AlertManagement;
import nl.signaal.alert.CapMessage;
import nl.signaal.alert.CapSchema;
import nl.signaal.alert.WarningDetail;
import nl.signaal.alert.WarningState;
import nl.signaal.alert.WarningSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The demo's warnings: three published by two people, one updated, one cancelled, all valid CAP; only once. */
@SpringBootTest
@ActiveProfiles("test")
class DemoWarningsIntegrationTests {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry);
    }

    @Autowired
    DemoWarnings demo;

    @Autowired
    AlertManagement alerts;

    @Test
    void threeWarningsOneUpdatedOneCancelledAndOnlyOnce() {
        assertThat(demo.publish()).isEqualTo(3);
        List<WarningSummary> all = alerts.list(EnumSet.allOf(WarningState.class), 100);
        assertThat(all)
                .extracting(s -> s.warning().state())
                .containsExactlyInAnyOrder(WarningState.PUBLISHED, WarningState.PUBLISHED, WarningState.CANCELLED);
        List<List<String>> messageTypes = all.stream()
                .map(s -> alerts.find(s.warning().id()).orElseThrow())
                .map(WarningDetail::messages)
                .map(m -> m.stream().map(CapMessage::messageType).toList())
                .toList();
        assertThat(messageTypes)
                .containsExactlyInAnyOrder(List.of("Alert", "Update"), List.of("Alert"), List.of("Alert", "Cancel"));
        all.stream()
                .flatMap(s -> alerts.find(s.warning().id()).orElseThrow().messages().stream())
                .forEach(m -> CapSchema.assertValid(m.xml()));
        assertThat(alerts.find(all.getFirst().warning().id()).orElseThrow().versions())
                .allMatch(v -> v.approvedBy() == null || v.approvedBy().equals("coordinator"));
        assertThat(alerts.current()).hasSize(3);
        assertThat(demo.publish()).isZero();
    }
}
