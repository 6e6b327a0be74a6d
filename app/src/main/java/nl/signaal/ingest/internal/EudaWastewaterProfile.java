/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.ingest.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.signaal.ingest.ObservationKind;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The EUDA/SCORE European wastewater campaigns ({@code ww-all-data.csv}, one row per site, metabolite and year):
 *
 * <ul>
 *   <li>the measurement is the {@code Daily mean} of the one-week campaign, in mg/day/1000 inhabitants; the file does
 *       not give the campaign's dates, so its period is the year;
 *   <li>the external id is "site/metabolite/year"; the metabolite is kept as written ({@code cocaine} stands for
 *       benzoylecgonine, {@code cannabis} for THC-COOH, as in the EUDA report);
 *   <li>rows without a daily mean (no measurement) are skipped and counted;
 *   <li>Dutch sites get their GGD region from {@link #DUTCH_SITES}, since the file's city names are not always places
 *       ("Rotterdam (2)", "Nieuwegein Ijssel."); other countries keep their city as the place and have no region;
 *   <li>known quirk: Debrecen's country is written {@code H}; it is read as {@code HU}.
 * </ul>
 */
@Component
class EudaWastewaterProfile implements ImportProfile {

    /**
     * The GGD region of each Dutch SCORE site, from the treatment plant's coordinates in {@code ww-site-info.csv}
     * (checked against the GGD region map by EudaWastewaterProfileUnitTests).
     */
    static final Map<String, String> DUTCH_SITES = Map.of(
            "NL001", "GG3406", // Amsterdam, RWZI Amsterdam-West
            "NL002", "GG5608", // Eindhoven
            "NL003", "GG0111", // Groningen, RWZI Garmerwolde
            "NL004", "GG7206", // Leeuwarden
            "NL005", "GG2514", // Nieuwegein
            "NL006", "GG2514", // Oudewater
            "NL007", "GG4607", // Rotterdam, RWZI Dokhaven and Kralingseveer
            "NL010", "GG2514", // Utrecht
            "NL011", "GG1009"); // Zwolle

    @Override
    public String name() {
        return "euda";
    }

    @Override
    public ObservationKind kind() {
        return ObservationKind.WASTEWATER;
    }

    @Override
    public String description() {
        return "EUDA/SCORE wastewater campaigns (ww-all-data.csv): daily mean per site, metabolite and year; rows "
                + "without a daily mean are skipped; Dutch sites get their GGD region";
    }

    @Override
    public List<String> requiredColumns() {
        return List.of("Year", "Metabolite", "Site ID", "Country", "City", "Daily mean");
    }

    @Override
    public @Nullable String skipReason(CSVRecord record, Map<String, Integer> header) {
        return ProfileRow.source(record, header, "Daily mean") == null ? "no daily mean (not measured)" : null;
    }

    @Override
    public SourceRow map(CSVRecord record, Map<String, Integer> header) {
        Map<String, String> row = new HashMap<>();
        String site = String.valueOf(ProfileRow.source(record, header, "Site ID"));
        String metabolite = String.valueOf(ProfileRow.source(record, header, "Metabolite"));
        String year = String.valueOf(ProfileRow.source(record, header, "Year"));
        String country = String.valueOf(ProfileRow.source(record, header, "Country"));
        row.put("external_id", site + "/" + metabolite + "/" + year);
        row.put("site_id", site);
        row.put("city", String.valueOf(ProfileRow.source(record, header, "City")));
        row.put("country", country.equals("H") ? "HU" : country);
        String region = DUTCH_SITES.get(site);
        if (region != null) {
            row.put("region_code", region);
        }
        row.put("metabolite", metabolite);
        row.put("period", year);
        row.put("load_mg_per_day_per_1000", String.valueOf(ProfileRow.source(record, header, "Daily mean")));
        return new ProfileRow(ProfileRow.line(record), row);
    }
}
