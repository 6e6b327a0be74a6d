/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.substance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.signaal.SharedReference;
import nl.signaal.demo.Scenario;
import nl.signaal.demo.internal.DemoGenerator;
import nl.signaal.ingest.IncidentRecord;
import nl.signaal.ingest.IndicatorRecord;
import nl.signaal.ingest.LabResult;
import nl.signaal.ingest.Observation;
import nl.signaal.ingest.SampleRecord;
import nl.signaal.ingest.SampleResults;
import nl.signaal.ingest.SeizureRecord;
import nl.signaal.ingest.ToxicologyCaseRecord;
import nl.signaal.ingest.WastewaterRecord;
import nl.signaal.shared.IsoWeek;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.inchi.InChIGenerator;
import org.openscience.cdk.inchi.InChIGeneratorFactory;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.silent.SilentChemObjectBuilder;
import org.openscience.cdk.smiles.SmilesParser;

/**
 * The curated substance data, checked as data: the catalogue and the group listings parse and agree with the rules of
 * {@code docs/substances.md}; they cover every reference substance, every substance name of the UNC lab data and every
 * name the demo generator writes, exactly (ignoring case); every structure parses with CDK, and the InChIKeys of
 * well-known substances are the published ones.
 */
class CatalogueUnitTests {

    /** The group ids of docs/substances.md, "Group vocabulary"; the test below holds the two together. */
    static final Set<String> VOCABULARY = Set.of(
            "opioids",
            "stimulants",
            "entactogens",
            "psychedelics",
            "dissociatives",
            "deliriants",
            "depressants",
            "benzodiazepines",
            "designer-benzodiazepines",
            "cannabinoids",
            "inhalants",
            "nitazenes",
            "fentanyl-analogues",
            "synthetic-cathinones",
            "phenethylamines",
            "synthetic-cannabinoids",
            "nitazenes-broad",
            "tryptamines",
            "lysergamides",
            "arylcyclohexylamines",
            "piperazines",
            "cutting-agents",
            "local-anaesthetics",
            "impurities",
            "metabolites",
            "medicines",
            "non-substances");

    /**
     * Published InChIKeys (PubChem) of substances whose structure is beyond doubt, full key including the stereo
     * block: a wrong atom, bond or stereo centre in the catalogue's SMILES changes the key.
     */
    static final Map<String, String> PUBLISHED_INCHIKEYS = Map.ofEntries(
            Map.entry("mdma", "SHXWCVYOXRDMCX-UHFFFAOYSA-N"),
            Map.entry("amphetamine", "KWTSXDURSIMDCE-UHFFFAOYSA-N"),
            Map.entry("methamphetamine", "MYWUZJCMWCOHBA-UHFFFAOYSA-N"),
            Map.entry("cocaine", "ZPUCINDJVBIVPJ-LJISPDSOSA-N"),
            Map.entry("benzoylecgonine", "GVGYEFKIHJTNQZ-RFQIPJPRSA-N"),
            Map.entry("morphine", "BQJCRHHNABKAKU-KBQPJGBKSA-N"),
            Map.entry("heroin", "GVGLGOZIDCSQPN-PVHGPHFFSA-N"),
            Map.entry("methadone", "USSIQXCVUWKGNF-UHFFFAOYSA-N"),
            Map.entry("fentanyl", "PJMPHNIQZUBGLI-UHFFFAOYSA-N"),
            Map.entry("ketamine", "YQEZLKZALYSWHR-UHFFFAOYSA-N"),
            Map.entry("lsd", "VAYOSLLFUXYJDT-RDTXWAMCSA-N"),
            Map.entry("dmt", "DMULVCHRPCFFGV-UHFFFAOYSA-N"),
            Map.entry("psilocybin", "QVDSEJDULKLHCG-UHFFFAOYSA-N"),
            Map.entry("mescaline", "RHCSKNNOAZULRK-UHFFFAOYSA-N"),
            Map.entry("ghb", "SJZRECIVHVDYJC-UHFFFAOYSA-N"),
            Map.entry("gbl", "YEJRWHAVMIAJKC-UHFFFAOYSA-N"),
            Map.entry("diazepam", "AAOVKJBEBIDNHE-UHFFFAOYSA-N"),
            Map.entry("alprazolam", "VREFGVBLTWBCJP-UHFFFAOYSA-N"),
            Map.entry("caffeine", "RYYVLZVUVIJVGH-UHFFFAOYSA-N"),
            Map.entry("paracetamol", "RZVAJINKPMORJF-UHFFFAOYSA-N"),
            Map.entry("levamisole", "HLFSDGLLUJUHTE-SNVBAGLBSA-N"),
            Map.entry("phenacetin", "CPJSUEIXXCENMM-UHFFFAOYSA-N"),
            Map.entry("lidocaine", "NNJVILVZKWQKPM-UHFFFAOYSA-N"),
            Map.entry("procaine", "MFDFERRIHVXMIY-UHFFFAOYSA-N"),
            Map.entry("benzocaine", "BLFLLBZGZJTVJG-UHFFFAOYSA-N"),
            Map.entry("xylazine", "BPICBUSOMSTKRF-UHFFFAOYSA-N"),
            Map.entry("quinine", "LOUPRKONTZGTKE-WZBLMQSHSA-N"),
            Map.entry("diphenhydramine", "ZZVUWRFHKOJYTH-UHFFFAOYSA-N"),
            Map.entry("nicotine", "SNICXCGAKADSCV-JTQLQIEISA-N"),
            Map.entry("mannitol", "FBPFZTCFMRRESA-KVTDHHQDSA-N"),
            Map.entry("urea", "XSQUKJJJFZCRTK-UHFFFAOYSA-N"),
            Map.entry("dimethyl-sulfone", "HHVIBTZHLRERCL-UHFFFAOYSA-N"),
            Map.entry("gabapentin", "UGJMXCAKCUNAIE-UHFFFAOYSA-N"),
            Map.entry("ethanol", "LFQSCWFLJHTTHZ-UHFFFAOYSA-N"),
            Map.entry("nitrous-oxide", "GQPLMRYTRLFLPF-UHFFFAOYSA-N"));

    /** Database column widths (V13__create_substance_tables.sql). */
    static final int ID_WIDTH = 80;

    static final int NAME_WIDTH = 200;
    static final int GROUP_WIDTH = 40;
    static final int POTENCY_WIDTH = 300;
    static final int NOTES_WIDTH = 2000;
    static final int SMILES_WIDTH = 2000;

    static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    static final CSVFormat CSV = CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setCommentMarker('#')
            .get();

    static List<CatalogueEntry> catalogue;
    /** Every name and synonym, in lower case, with the ids of the substances it names. */
    static Map<String, Set<String>> owners;
    /** The InChIKey of every catalogue entry with a structure, by id. */
    static Map<String, String> inchiKeys;

    @BeforeAll
    static void readCatalogue() throws CDKException {
        catalogue = SubstanceCatalogue.shipped();
        owners = new HashMap<>();
        for (CatalogueEntry entry : catalogue) {
            for (String name : names(entry)) {
                owners.computeIfAbsent(lower(name), n -> new TreeSet<>()).add(entry.id());
            }
        }
        inchiKeys = new TreeMap<>();
        for (CatalogueEntry entry : catalogue) {
            String smiles = entry.smiles();
            if (smiles != null) {
                inchiKeys.put(entry.id(), inchiKey(smiles));
            }
        }
    }

    @Test
    void theShippedCatalogueParses() {
        assertThat(catalogue).hasSizeGreaterThan(200);
    }

    @Test
    void idsAreSlugs() {
        assertThat(catalogue)
                .map(CatalogueEntry::id)
                .allMatch(id -> SLUG.matcher(id).matches() && id.length() <= ID_WIDTH)
                .doesNotHaveDuplicates();
    }

    @Test
    void noNameBelongsToTwoSubstances() {
        assertThat(owners)
                .allSatisfy((name, ids) ->
                        assertThat(ids).as("substances named '%s'", name).hasSize(1));
    }

    @Test
    void noSubstanceGivesTheSameNameTwice() {
        assertThat(catalogue)
                .allSatisfy(entry -> assertThat(names(entry))
                        .as("names of %s", entry.id())
                        .map(CatalogueUnitTests::lower)
                        .doesNotHaveDuplicates());
    }

    @Test
    void valuesFitTheirDatabaseColumns() {
        assertThat(catalogue).allSatisfy(entry -> {
            assertThat(names(entry)).allMatch(name -> name.length() <= NAME_WIDTH);
            assertThat(entry.groups()).allMatch(group -> group.length() <= GROUP_WIDTH);
            assertThat(lengthOf(entry.smiles())).isLessThanOrEqualTo(SMILES_WIDTH);
            assertThat(lengthOf(entry.potency())).isLessThanOrEqualTo(POTENCY_WIDTH);
            assertThat(lengthOf(entry.notes())).isLessThanOrEqualTo(NOTES_WIDTH);
        });
    }

    @Test
    void everyReferenceSubstanceIsCataloguedWithTheReferenceStructure() throws IOException, CDKException {
        List<String> missing = new ArrayList<>();
        Map<String, String> otherStructure = new TreeMap<>();
        for (CSVRecord row : read(SharedReference.file("chem/substances.csv"))) {
            String name = row.get("name");
            String id = resolve(name);
            if (id == null) {
                missing.add(name);
            } else if (!inchiKey(row.get("smiles")).equals(inchiKeys.get(id))) {
                otherStructure.put(name, id);
            }
        }
        assertThat(missing).as("reference names without a catalogue entry").isEmpty();
        assertThat(otherStructure)
                .as("reference names whose catalogue entry has another structure")
                .isEmpty();
    }

    @Test
    void everySubstanceNameOfTheUncLabDataResolvesExactly() throws IOException {
        Set<String> names = new TreeSet<>();
        for (CSVRecord row : read(SharedReference.file("data/unc-drugchecking/lab_detail.csv"))) {
            names.add(row.get("substance"));
        }
        assertThat(names).as("distinct substances, as SOURCES.md counts them").hasSize(47);
        assertThat(names).filteredOn(name -> resolve(name) == null).isEmpty();
    }

    @Test
    void everySubstanceNameTheDemoGeneratorWritesResolvesExactly() {
        Set<String> written = new TreeSet<>();
        new DemoGenerator()
                .generate(
                        Scenario.defaultScenario(),
                        1,
                        IsoWeek.parse("2025-W52"),
                        (organisation, kind, records, step, percent) ->
                                records.forEach(record -> substanceNames(record, written)));
        // "unknown" is what a sample without a sold-as is bought as: it names no substance
        written.remove("unknown");
        assertThat(written).as("names written").hasSizeGreaterThan(80);
        assertThat(written).filteredOn(name -> resolve(name) == null).isEmpty();
    }

    @Test
    void theGroupVocabularyIsTheDocumentedOne() throws IOException {
        String docs = Files.readString(documentation());
        int start = docs.indexOf("## Group vocabulary");
        assertThat(start)
                .as("the section 'Group vocabulary' of docs/substances.md")
                .isNotNegative();
        int end = docs.indexOf("\n## ", start + 1);
        Matcher rows = Pattern.compile("(?m)^\\| `([a-z0-9-]+)` \\|")
                .matcher(docs.substring(start, end < 0 ? docs.length() : end));
        Set<String> documented = new TreeSet<>();
        while (rows.find()) {
            documented.add(rows.group(1));
        }
        assertThat(documented).containsExactlyInAnyOrderElementsOf(VOCABULARY);
    }

    @Test
    void everyGroupIsInTheVocabulary() {
        assertThat(catalogue)
                .allSatisfy(entry -> assertThat(entry.groups())
                        .as("groups of %s", entry.id())
                        .isNotEmpty()
                        .isSubsetOf(VOCABULARY)
                        .doesNotHaveDuplicates()
                        .doesNotContain("nitazenes-broad"));
    }

    @Test
    void groupListingsNameGroupsOfTheVocabularyAndTheirDates() throws IOException {
        Map<String, String> from = new TreeMap<>();
        try (InputStream in = CatalogueUnitTests.class.getResourceAsStream("/substance/group-listings.csv")) {
            if (in == null) {
                throw new AssertionError("substance/group-listings.csv is not on the class path");
            }
            for (CSVRecord row : read(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                assertThat(row.get("group")).isIn(VOCABULARY);
                assertThat(row.get("list")).isIn("IA", "IIA");
                assertThat(row.get("legal_basis")).isNotBlank();
                String date = row.get("listed_from");
                if (!date.equals("configured")) {
                    LocalDate.parse(date);
                }
                assertThat(from.put(row.get("group"), date))
                        .as("listings of %s", row.get("group"))
                        .isNull();
            }
        }
        assertThat(from)
                .containsEntry("fentanyl-analogues", "2025-07-01")
                .containsEntry("synthetic-cathinones", "2025-07-01")
                .containsEntry("synthetic-cannabinoids", "2025-07-01")
                .containsEntry("nitazenes", "configured");
    }

    @Test
    void listingsAndExemptionsAreConsistent() {
        assertThat(catalogue).allSatisfy(entry -> {
            if (entry.listedFrom() != null) {
                assertThat(entry.list())
                        .as("list of %s, listed from a date", entry.id())
                        .isNotNull();
            }
            if (entry.exempt()) {
                assertThat(entry.groups()).as("groups of exempt %s", entry.id()).contains("medicines");
            }
            if (entry.groups().contains("non-substances")) {
                assertThat(entry.list()).as("list of %s", entry.id()).isNull();
                assertThat(entry.smiles()).as("structure of %s", entry.id()).isNull();
            }
        });
        assertThat(catalogue)
                .filteredOn(entry -> entry.listedFrom() != null)
                .allSatisfy(entry -> assertThat(entry.listedFrom())
                        .as("listed_from of %s", entry.id())
                        .isBefore(LocalDate.of(2026, 1, 1)));
    }

    @Test
    void everyEntryWithoutAStructureSaysWhy() {
        assertThat(catalogue)
                .filteredOn(entry -> entry.smiles() == null)
                .allSatisfy(entry ->
                        assertThat(entry.notes()).as("notes of %s", entry.id()).isNotBlank());
    }

    @Test
    void everyStructureIsOneNeutralParentThatCdkParses() throws CDKException {
        SmilesParser parser = new SmilesParser(SilentChemObjectBuilder.getInstance());
        for (CatalogueEntry entry : catalogue) {
            String smiles = entry.smiles();
            if (smiles == null) {
                continue;
            }
            IAtomContainer molecule = parser.parseSmiles(smiles);
            int charge = 0;
            for (IAtom atom : molecule.atoms()) {
                Integer formal = atom.getFormalCharge();
                charge += formal == null ? 0 : formal;
            }
            assertThat(smiles)
                    .as("structure of %s: one fragment, no salt", entry.id())
                    .doesNotContain(".");
            assertThat(charge).as("net charge of %s", entry.id()).isZero();
        }
    }

    @Test
    void noTwoEntriesHaveTheSameStructure() {
        assertThat(inchiKeys.values()).doesNotHaveDuplicates();
        assertThat(inchiKeys.values())
                .as("connectivity blocks (a stereo variant would be a second row for one substance)")
                .map(key -> key.substring(0, 14))
                .doesNotHaveDuplicates();
    }

    @Test
    void theInChIKeysOfWellKnownSubstancesAreThePublishedOnes() {
        Map<String, @Nullable String> computed = new TreeMap<>();
        PUBLISHED_INCHIKEYS.keySet().forEach(id -> computed.put(id, inchiKeys.get(id)));
        assertThat(computed).containsExactlyInAnyOrderEntriesOf(PUBLISHED_INCHIKEYS);
    }

    static List<String> names(CatalogueEntry entry) {
        List<String> names = new ArrayList<>();
        names.add(entry.name());
        names.addAll(entry.synonyms());
        return names;
    }

    /** The id of the substance a reported name stands for exactly (ignoring case), or {@code null}. */
    static @Nullable String resolve(String name) {
        Set<String> ids = owners.get(lower(name));
        return ids == null || ids.size() != 1 ? null : ids.iterator().next();
    }

    static String lower(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }

    static int lengthOf(@Nullable String value) {
        return value == null ? 0 : value.length();
    }

    static String inchiKey(String smiles) throws CDKException {
        IAtomContainer molecule = new SmilesParser(SilentChemObjectBuilder.getInstance()).parseSmiles(smiles);
        InChIGenerator generator = InChIGeneratorFactory.getInstance().getInChIGenerator(molecule);
        String key = generator.getInchiKey();
        if (key == null) {
            throw new CDKException("no InChIKey for " + smiles + ": " + generator.getMessage());
        }
        return key;
    }

    /** Every substance name a record carries: lab results, what a sample was sold as, and what reporters name. */
    static void substanceNames(Observation record, Set<String> names) {
        Function<@Nullable List<LabResult>, List<String>> results = list -> list == null
                ? List.of()
                : list.stream().map(LabResult::substance).toList();
        switch (record) {
            case SampleRecord sample -> {
                names.addAll(results.apply(sample.results()));
                if (sample.soldAs() != null) {
                    names.add(sample.soldAs());
                }
            }
            case SampleResults sampleResults -> names.addAll(results.apply(sampleResults.results()));
            case SeizureRecord seizure -> names.addAll(results.apply(seizure.results()));
            case IncidentRecord incident ->
                incident.substancesOrEmpty().forEach(reported -> names.add(reported.substance()));
            case ToxicologyCaseRecord death ->
                death.findingsOrEmpty().forEach(finding -> names.add(finding.substance()));
            case WastewaterRecord wastewater -> names.add(wastewater.metabolite());
            case IndicatorRecord indicator -> {
                if (indicator.substance() != null) {
                    names.add(indicator.substance());
                }
            }
        }
    }

    static List<CSVRecord> read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader);
        }
    }

    static List<CSVRecord> read(Reader reader) throws IOException {
        try (var parser = CSV.parse(reader)) {
            return parser.getRecords();
        }
    }

    /** docs/substances.md: Maven runs the tests in app/, an IDE may run them in the project root. */
    static Path documentation() {
        Set<Path> tried = new LinkedHashSet<>();
        Path workingDirectory = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        tried.add(workingDirectory.resolve("../docs/substances.md").normalize());
        tried.add(workingDirectory.resolve("docs/substances.md").normalize());
        return tried.stream()
                .filter(Files::isRegularFile)
                .findFirst()
                .orElseThrow(() -> new AssertionError("docs/substances.md not found; looked at " + tried));
    }
}
