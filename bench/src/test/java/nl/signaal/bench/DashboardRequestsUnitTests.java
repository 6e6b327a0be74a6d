/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DashboardRequestsUnitTests {

    private static final LocalDate FIRST = LocalDate.of(2021, 11, 29);
    private static final LocalDate LAST = LocalDate.of(2026, 11, 22);
    private static final Pattern RANGE = Pattern.compile("from=(\\d{4}-\\d{2}-\\d{2})&to=(\\d{4}-\\d{2}-\\d{2})");

    private final DashboardRequests requests =
            new DashboardRequests(FIRST, LAST, List.of("PV27", "PV28"), List.of("GG3406", "GG4607"));

    @Test
    void everyEndpointIsAskedAsOftenWithRangesInsideTheData() {
        var plan = requests.plan(1_400, 1);

        Map<String, Long> perEndpoint = plan.stream()
                .collect(Collectors.groupingBy(DashboardRequests.Request::endpoint, Collectors.counting()));
        assertThat(perEndpoint)
                .hasSize(14)
                .allSatisfy((endpoint, n) -> assertThat(n).isEqualTo(100));
        assertThat(plan.getFirst().path()).startsWith("/dashboard/trends?source=");
        assertThat(plan.get(1).path()).startsWith("/dashboard/trends.csv?source=");
        for (var request : plan) {
            Matcher range = RANGE.matcher(request.path());
            if (request.endpoint().startsWith("indicators")) {
                assertThat(range.find()).isFalse();
                continue;
            }
            assertThat(range.find()).as(request.path()).isTrue();
            LocalDate from = LocalDate.parse(range.group(1));
            LocalDate to = LocalDate.parse(range.group(2));
            assertThat(from).isBetween(FIRST, to.minusDays(90));
            assertThat(to).isBeforeOrEqualTo(LAST);
        }
        assertThat(plan)
                .anyMatch(r -> r.path().contains("region=GG"))
                .anyMatch(r -> r.path().contains("region=PV"));
    }

    @Test
    void anotherSeedAsksOtherQuestions() {
        // the indicators have only a handful of questions to ask (a substance); every other chart has dates
        assertThat(requests.plan(1_000, 2).stream()
                        .filter(r -> !r.endpoint().startsWith("indicators"))
                        .toList())
                .doesNotContainAnyElementsOf(requests.plan(1_000, 1));
    }
}
