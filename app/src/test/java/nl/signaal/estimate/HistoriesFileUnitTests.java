/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HistoriesFileUnitTests {

    @Test
    void countsPerHistoryInListOrderAddingUpRepeatedHistories() throws RefusedUpload {
        Histories h = read("""
                treatment,police,shelter,count
                1,0,0,120
                0,1,0,80
                1,1,0,15
                1,0,0,5
                0,0,1,40
                """);
        assertThat(h.lists()).containsExactly("treatment", "police", "shelter");
        assertThat(h.stratified()).isFalse();
        assertThat(h.total())
                .containsExactlyInAnyOrderEntriesOf(Map.of("100", 125L, "010", 80L, "110", 15L, "001", 40L));
        assertThat(h.observed()).isEqualTo(260);
    }

    @Test
    void withoutCountEachRowIsOnePersonAndStrataAreKeptApart() throws RefusedUpload {
        Histories h = read("""
                A,B,region
                1,0,Amsterdam
                1,1,Amsterdam
                1,0,Amsterdam
                0,1,Rotterdam
                """);
        assertThat(h.stratified()).isTrue();
        assertThat(h.strata().get("Amsterdam")).containsExactlyInAnyOrderEntriesOf(Map.of("10", 2L, "11", 1L));
        assertThat(h.strata().get("Rotterdam")).containsExactlyInAnyOrderEntriesOf(Map.of("01", 1L));
    }

    @Test
    void everyBadValueIsNamedByLineAndColumnAndNothingIsKept() {
        RefusedUpload refused = refused("""
                A,B,C,count
                1,0,2,10
                1,1,0,many
                0,0,0,4
                1,1
                """);
        assertThat(refused.refusals())
                .extracting(Refusal::line, Refusal::column, Refusal::value, Refusal::key)
                .containsExactly(
                        tuple(2L, "C", "2", "estimate.problem.zero_one"),
                        tuple(3L, "count", "many", "estimate.problem.count"),
                        tuple(4L, null, "000", "estimate.problem.unseen"),
                        tuple(5L, null, null, "estimate.problem.field_count"));
        assertThat(refused.refusals().getLast().arguments()).containsExactly("2", "4");
    }

    @Test
    void aHeaderOfOneListOrOfNamesThatCannotBeFormulaTermsIsRefused() {
        assertThat(refused("A,count\n1,3\n").refusals())
                .extracting(Refusal::key, Refusal::arguments)
                .containsExactly(tuple("estimate.problem.list_count", List.of("1")));
        assertThat(refused("A,B+C,count\n1,0,3\n").refusals())
                .extracting(Refusal::column, Refusal::key)
                .containsExactly(tuple("B+C", "estimate.problem.list_name"));
        assertThat(refused("A,B,C,D,E,F,G\n1,0,0,0,0,0,0\n").refusals())
                .extracting(Refusal::key)
                .containsExactly("estimate.problem.list_count");
    }

    @Test
    void directIdentifiersAndLinkKeysAreRefusedWithoutRepeatingThem() {
        assertThat(refused("naam,A,B,count\nJan,1,0,1\n").refusals())
                .extracting(Refusal::column, Refusal::key)
                .containsExactly(tuple("naam", "estimate.problem.identifier_column"));
        assertThat(refused("link_key,A,B\n0f3a,1,0\n").refusals())
                .extracting(Refusal::column, Refusal::key)
                .containsExactly(tuple("link_key", "estimate.problem.link_key"));
        assertThat(refused("A,B,stratum,count\n1,0,Amsterdam,4\n0,1,jan@example.org,2\n")
                        .refusals())
                .extracting(Refusal::line, Refusal::column, Refusal::value, Refusal::key)
                .containsExactly(tuple(3L, "stratum", null, "estimate.problem.identifier_value"));
    }

    @Test
    void emptyAndUnreadableFilesAreRefusedAsAWhole() {
        assertThat(refused("").refusals()).extracting(Refusal::key).containsExactly("estimate.problem.empty");
        assertThat(refused("A,B,count\n").refusals())
                .extracting(Refusal::key)
                .containsExactly("estimate.problem.no_rows");
        assertThat(refused("A,A,count\n1,0,1\n").refusals())
                .extracting(Refusal::key)
                .containsExactly("estimate.problem.duplicate_column");
        byte[] latin1 = "A,B,count\n1,0,3\nb\u00e9,0,1\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(catchThrowableOfType(RefusedUpload.class, () -> HistoriesFile.read(new ByteArrayInputStream(latin1)))
                        .refusals())
                .extracting(Refusal::key)
                .containsExactly("estimate.problem.not_utf8");
    }

    private static Histories read(String csv) throws RefusedUpload {
        return HistoriesFile.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    }

    private static RefusedUpload refused(String csv) {
        RefusedUpload refused = catchThrowableOfType(RefusedUpload.class, () -> read(csv));
        assertThat(refused).as("refused: %s", csv).isNotNull();
        return refused;
    }
}
