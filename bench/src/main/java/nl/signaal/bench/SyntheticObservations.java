/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.bench;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import nl.signaal.ingest.ObservationKind;

/**
 * Synthetic observations in Signaal's own CSV formats, for loading millions of them through the ingest module's bulk
 * path. <b>One observation is one CSV row</b>, which is one stored row of a record's items: a lab result of a
 * drug-checking sample, a substance reported with an incident, a substance found in a seizure, a finding of a
 * post-mortem toxicology case. Of {@code n} observations, 60 % are lab results (samples with one to three results),
 * 30 % incident substances (incidents with one to three), 7 % seizure substances and 3 % toxicology findings.
 *
 * <p>Dates lie between {@code first} and {@code last}, a little more in summer and at weekends and rising by half over
 * the years; the batches of a kind follow each other in time, each holding its own stretch of the span, as records
 * arrive (a batch of records spread over all five years would touch every cell of every weekly series at once); regions are the 25 GGD regions weighted by inhabitants (incidents and seizures a little more in the four
 * big cities). Products, amounts and adulterants follow the demo generator's calibration in outline (MDMA per tablet
 * lognormal around 170 mg, cocaine purity 66 % ± 16 % with levamisole in a quarter); sold-as and substance names come
 * in the spellings of the catalogue's synonyms and, now and then, misspelt. Deterministic for a seed and batch number.
 */
final class SyntheticObservations {

    static final String SAMPLE_HEADER = "external_id,sample_date,result_date,region_code,sold_as,form,tablet_logo,"
            + "tablet_colour,price_eur,purchase_channel,substance,amount,unit,salt_form,abundance,method";
    static final String INCIDENT_HEADER = "external_id,incident_date,region_code,setting,age_band,sex,severity,"
            + "naloxone_given,outcome,reporter_type,substance,substance_status";
    static final String SEIZURE_HEADER = "external_id,seizure_date,analysis_date,region_code,form,description,"
            + "unit_count,gross_weight_g,substance,amount,unit,salt_form,abundance,method";
    static final String TOXICOLOGY_HEADER =
            "external_id,death_date,region_code,age_band,sex,drug_related,substance,concentration,unit,matrix,contributory";

    /** The kinds loaded, with their share of the observations. */
    enum Share {
        SAMPLES(ObservationKind.SAMPLE, 0.60),
        INCIDENTS(ObservationKind.INCIDENT, 0.30),
        SEIZURES(ObservationKind.SEIZURE, 0.07),
        TOXICOLOGY(ObservationKind.TOXICOLOGY_CASE, 0.03);

        final ObservationKind kind;
        final double share;

        Share(ObservationKind kind, double share) {
            this.kind = kind;
            this.share = share;
        }
    }

    /**
     * A batch to load: its kind, number within the kind (1 to {@code of}), and rows (observations). Each batch of a kind
     * holds the records of its own stretch of the span, the {@code number}-th of {@code of}, as records arrive in time
     * order: a batch of a lab's week, not of five years.
     */
    record Planned(ObservationKind kind, int number, int of, int rows) {}

    /** A generated batch: the CSV and what it holds. */
    record Batch(ObservationKind kind, byte[] csv, int rows, int records) {}

    /**
     * GGD regions (CBS code) and inhabitants in thousands, 1 January 2023, as the demo generator's {@code Population}.
     */
    private static final Pick<String> REGIONS = regions(1.0);

    private static final Pick<String> CITY_REGIONS = regions(1.6);

    private static final Pick<String> SETTINGS = Pick.of("nightlife", 30)
            .or("festival", 20)
            .or("home", 25)
            .or("street", 20)
            .or("other", 5);
    private static final Pick<String> AGES = Pick.of("15-17", 4)
            .or("18-24", 35)
            .or("25-34", 32)
            .or("35-44", 15)
            .or("45-54", 8)
            .or("55-64", 4)
            .or("unknown", 2);
    /** Most who die of drugs are men aged 35-64 (CBS, "Drugsdoden"). */
    private static final Pick<String> DEATH_AGES = Pick.of("18-24", 6)
            .or("25-34", 18)
            .or("35-44", 28)
            .or("45-54", 28)
            .or("55-64", 15)
            .or("65+", 5);

    private static final Pick<String> SEXES =
            Pick.of("male", 66).or("female", 32).or("unknown", 2);
    private static final Pick<String> REPORTERS = Pick.of("ambulance", 35)
            .or("emergency_department", 30)
            .or("event_first_aid", 25)
            .or("poison_centre", 8)
            .or("other", 2);
    private static final Pick<String> METHODS =
            Pick.of("GC-MS", 60).or("GC-FID", 20).or("UPLC-UV", 10).or("LC-MS", 10);
    private static final Pick<String> CHANNELS = Pick.of("dealer", 55)
            .or("friend", 25)
            .or("online", 10)
            .or("street", 8)
            .or("other", 2);

    /** Drug-checking products, with sold-as names (the last ones misspelt) and what the lab finds. */
    private enum Product {
        ECSTASY(
                51,
                "tablet",
                Pick.of("XTC", 40)
                        .or("ecstasy", 20)
                        .or("MDMA", 20)
                        .or("xtc-pil", 15)
                        .or("extacy", 3)
                        .or("exctasy", 2)),
        MDMA_CRYSTAL(
                12,
                "crystal",
                Pick.of("MDMA", 60).or("MDMA kristal", 22).or("molly", 15).or("mdm", 3)),
        COCAINE(
                13,
                "powder",
                Pick.of("cocaine", 48)
                        .or("coke", 25)
                        .or("cocaïne", 22)
                        .or("cocain", 3)
                        .or("coccaine", 2)),
        AMPHETAMINE(
                8,
                "powder",
                Pick.of("speed", 58).or("amfetamine", 30).or("amphetamine", 10).or("amfetamien", 2)),
        KETAMINE(6, "powder", Pick.of("ketamine", 68).or("keta", 29).or("ketamien", 3)),
        THREE_MMC(4, "crystal", Pick.of("3-MMC", 78).or("3MMC", 20).or("3-mmmc", 2)),
        TWO_CB(2.5, "tablet", Pick.of("2C-B", 70).or("2CB", 30)),
        GHB(1.5, "liquid", Pick.of("GHB", 80).or("G", 20)),
        LSD(1.5, "blotter", Pick.of("LSD", 85).or("acid", 15)),
        HEROIN(0.5, "powder", Pick.of("heroïne", 60).or("heroin", 40));

        final double share;
        final String form;
        final Pick<String> soldAs;

        Product(double share, String form, Pick<String> soldAs) {
            this.share = share;
            this.form = form;
            this.soldAs = soldAs;
        }
    }

    private static final Pick<Product> SAMPLE_PRODUCTS = Pick.weighted(Product.values(), p -> p.share);
    private static final Pick<Product> SEIZURE_PRODUCTS = Pick.of(Product.COCAINE, 32)
            .or(Product.ECSTASY, 20)
            .or(Product.AMPHETAMINE, 14)
            .or(Product.HEROIN, 8)
            .or(Product.MDMA_CRYSTAL, 6)
            .or(Product.KETAMINE, 6)
            .or(Product.THREE_MMC, 4)
            .or(Product.TWO_CB, 2)
            .or(Product.GHB, 1)
            .or(Product.LSD, 1);
    private static final Pick<String> MDMA_NAMES = Pick.of("MDMA", 50)
            .or("MDMA HCl", 15)
            .or("3,4-MDMA", 15)
            .or("MDMA.HCl", 10)
            .or("methylenedioxymethamphetamine", 10);
    private static final Pick<String> COCAINE_NAMES = Pick.of("cocaine", 45)
            .or("cocaïne", 20)
            .or("Cocaine HCl", 15)
            .or("cocaine hydrochloride", 10)
            .or("cocaïne-HCl", 10);
    private static final Pick<String> NOT_MDMA = Pick.of("MDA", 25)
            .or("caffeine", 20)
            .or("amphetamine", 15)
            .or("MDEA", 10)
            .or("N-ethylpentylone", 10)
            .or("4-MMC", 10)
            .or("2C-B", 5)
            .or("m-CPP", 5);
    private static final Pick<String> INCIDENT_SUBSTANCES = Pick.of("GHB", 14)
            .or("G", 4)
            .or("cocaine", 12)
            .or("coke", 5)
            .or("XTC", 10)
            .or("MDMA", 6)
            .or("alcohol", 14)
            .or("cannabis", 6)
            .or("wiet", 3)
            .or("ketamine", 6)
            .or("amphetamine", 4)
            .or("speed", 3)
            .or("lachgas", 3)
            .or("3-MMC", 3)
            .or("crack", 2)
            .or("heroin", 2)
            .or("LSD", 1)
            .or("2C-B", 1)
            .or("unknown pill", 1);
    private static final Pick<String[]> FINDINGS = Pick.of(new String[] {"cocaine", "200", "ng/ml"}, 35)
            .or(new String[] {"benzoylecgonine", "1500", "ng/ml"}, 30)
            .or(new String[] {"ethanol", "1200", "mg/l"}, 30)
            .or(new String[] {"methadone", "500", "ng/ml"}, 25)
            .or(new String[] {"diazepam", "300", "ng/ml"}, 25)
            .or(new String[] {"morphine", "150", "ng/ml"}, 18)
            .or(new String[] {"THC", "3", "ng/ml"}, 15)
            .or(new String[] {"amphetamine", "500", "ng/ml"}, 10)
            .or(new String[] {"MDMA", "1000", "ng/ml"}, 8)
            .or(new String[] {"GHB", "300", "mg/l"}, 6)
            .or(new String[] {"oxycodone", "300", "ng/ml"}, 4)
            .or(new String[] {"tramadol", "1500", "ng/ml"}, 3)
            .or(new String[] {"ketamine", "500", "ng/ml"}, 2)
            .or(new String[] {"fentanyl", "15", "ng/ml"}, 1);

    private final LocalDate first;
    private final LocalDate last;
    private final long seed;
    private final int days;

    SyntheticObservations(LocalDate first, LocalDate last, long seed) {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("last " + last + " is before first " + first);
        }
        this.first = first;
        this.last = last;
        this.seed = seed;
        this.days = (int) ChronoUnit.DAYS.between(first, last) + 1;
    }

    /**
     * The batches of {@code n} observations, at most {@code batchRows} rows each, kinds interleaved in proportion so
     * that every kind is loading throughout; their rows add up to {@code n} exactly.
     */
    static List<Planned> plan(long n, int batchRows) {
        if (n < 0 || batchRows <= 0) {
            throw new IllegalArgumentException("n must not be negative and batches not empty");
        }
        record Slot(Planned batch, double position) {}
        List<Slot> slots = new ArrayList<>();
        long left = n;
        Share[] shares = Share.values();
        for (int s = 0; s < shares.length; s++) {
            long quota = s == shares.length - 1 ? left : Math.round(n * shares[s].share);
            left -= quota;
            int count = (int) ((quota + batchRows - 1) / batchRows);
            for (int b = 0; b < count; b++) {
                int rows = (int) Math.min(batchRows, quota - (long) b * batchRows);
                slots.add(new Slot(new Planned(shares[s].kind, b + 1, count, rows), (b + 0.5) / count));
            }
        }
        return slots.stream()
                .sorted(Comparator.comparingDouble(Slot::position))
                .map(Slot::batch)
                .toList();
    }

    /** The CSV of a planned batch: exactly its rows, whole records only (the last one cut to fit). */
    Batch batch(Planned planned) {
        SplittableRandom random =
                new SplittableRandom(seed * 1_000_003L + planned.kind().ordinal() * 10_007L + planned.number());
        Csv csv = new Csv(planned.rows());
        // the seed names the records: observations of another seed are other records, never a changed re-send
        String prefix = "SYN%d-%s-%04d-".formatted(seed, planned.kind().name().charAt(0), planned.number());
        int rows = 0;
        int records = 0;
        switch (planned.kind()) {
            case SAMPLE -> csv.line(SAMPLE_HEADER);
            case INCIDENT -> csv.line(INCIDENT_HEADER);
            case SEIZURE -> csv.line(SEIZURE_HEADER);
            case TOXICOLOGY_CASE -> csv.line(TOXICOLOGY_HEADER);
            default -> throw new IllegalArgumentException("no synthetic " + planned.kind());
        }
        // the batch's stretch of days: [from, from + length)
        int from = (int) ((long) days * (planned.number() - 1) / planned.of());
        int length = Math.max(1, (int) ((long) days * planned.number() / planned.of()) - from);
        Stretch stretch = new Stretch(from, length);
        while (rows < planned.rows()) {
            String id = prefix + (++records);
            int room = planned.rows() - rows;
            rows += switch (planned.kind()) {
                case SAMPLE -> sample(csv, id, room, stretch, random);
                case INCIDENT -> incident(csv, id, room, stretch, random);
                case SEIZURE -> seizure(csv, id, room, stretch, random);
                default -> toxicologyCase(csv, id, room, stretch, random);
            };
        }
        return new Batch(planned.kind(), csv.bytes(), rows, records);
    }

    private int sample(Csv csv, String id, int room, Stretch stretch, SplittableRandom random) {
        Product product = SAMPLE_PRODUCTS.pick(random);
        LocalDate date = date(stretch, random, true);
        LocalDate resultDate = min(date.plusDays(3 + random.nextInt(8)), last);
        String tablet = product.form.equals("tablet")
                ? csv.field("Logo " + random.nextInt(300)) + ","
                        + (random.nextBoolean() ? "pink" : random.nextBoolean() ? "blue" : "green")
                : ",";
        String head = "%s,%s,%s,%s,%s,%s,%s,%s,%s,"
                .formatted(
                        id,
                        date,
                        resultDate,
                        REGIONS.pick(random),
                        csv.field(product.soldAs.pick(random)),
                        product.form,
                        tablet,
                        decimal(5 + random.nextDouble() * 45, 0),
                        CHANNELS.pick(random));
        List<String> results = results(product, random);
        int n = Math.min(room, results.size());
        String method = METHODS.pick(random);
        for (int r = 0; r < n; r++) {
            csv.line(head + results.get(r) + "," + method);
        }
        return n;
    }

    /** One to three results of a product: substance,amount,unit,salt_form,abundance. */
    private static List<String> results(Product product, SplittableRandom random) {
        List<String> results = new ArrayList<>(3);
        switch (product) {
            case ECSTASY -> {
                if (random.nextDouble() < 0.93) {
                    double mg = Math.exp(5.118 + 0.189 * random.nextGaussian());
                    results.add(major(MDMA_NAMES.pick(random), mg, "mg", "hydrochloride"));
                    if (random.nextDouble() < 0.25) {
                        results.add("MDA,,,,trace");
                    }
                } else {
                    results.add(Csv.quoted(NOT_MDMA.pick(random)) + ",,,,major");
                }
                if (random.nextDouble() < 0.15) {
                    results.add("caffeine,,,,minor");
                }
            }
            case COCAINE -> {
                if (random.nextDouble() < 0.97) {
                    results.add(major(
                            COCAINE_NAMES.pick(random), normal(random, 66, 16, 5, 100), "percent", "hydrochloride"));
                }
                for (String adulterant : List.of("levamisole", "phenacetin", "lidocaine", "caffeine")) {
                    double chance = switch (adulterant) {
                        case "levamisole" -> 0.25;
                        case "phenacetin" -> 0.12;
                        case "lidocaine" -> 0.08;
                        default -> 0.07;
                    };
                    if (results.size() < 3 && random.nextDouble() < chance) {
                        results.add(adulterant + ",,,,minor");
                    }
                }
                if (results.isEmpty()) {
                    results.add("lidocaine,,,,major");
                }
            }
            case MDMA_CRYSTAL ->
                results.add(
                        major(MDMA_NAMES.pick(random), normal(random, 78, 10, 10, 100), "percent", "hydrochloride"));
            case AMPHETAMINE -> {
                results.add(major("amphetamine", normal(random, 45, 18, 2, 100), "percent", "sulfate"));
                if (random.nextDouble() < 0.33) {
                    results.add("caffeine,,,,minor");
                }
            }
            case KETAMINE -> results.add(major("ketamine", normal(random, 82, 12, 5, 100), "percent", "hydrochloride"));
            case THREE_MMC -> results.add(major("3-MMC", normal(random, 85, 10, 5, 100), "percent", "hydrochloride"));
            case TWO_CB -> results.add(major("2C-B", normal(random, 14, 5, 1, 60), "mg", "hydrochloride"));
            case GHB -> results.add(major("GHB", normal(random, 450, 120, 50, 900), "mg/ml", "other"));
            case LSD -> results.add(major("LSD", normal(random, 110, 45, 5, 400), "ug", "tartrate"));
            case HEROIN -> {
                results.add(major("heroin", normal(random, 40, 15, 2, 100), "percent", "hydrochloride"));
                results.add("caffeine,,,,minor");
                if (random.nextDouble() < 0.5) {
                    results.add("paracetamol,,,,minor");
                }
            }
        }
        return results;
    }

    private int incident(Csv csv, String id, int room, Stretch stretch, SplittableRandom random) {
        LocalDate date = date(stretch, random, false);
        int severity = Math.min(4, (int) Math.abs(random.nextGaussian() * 1.3) + (random.nextDouble() < 0.3 ? 1 : 0));
        String reporter = REPORTERS.pick(random);
        String outcome = severity == 4 && random.nextDouble() < 0.3
                ? "died"
                : severity >= 3 ? "intensive_care" : severity == 2 ? "admitted" : "discharged";
        String naloxone = reporter.equals("ambulance") || reporter.equals("emergency_department")
                ? String.valueOf(severity >= 3 && random.nextDouble() < 0.1)
                : "";
        String head = "%s,%s,%s,%s,%s,%s,%d,%s,%s,%s,"
                .formatted(
                        id,
                        date,
                        CITY_REGIONS.pick(random),
                        SETTINGS.pick(random),
                        AGES.pick(random),
                        SEXES.pick(random),
                        severity,
                        naloxone,
                        outcome,
                        reporter);
        int wanted = random.nextDouble() < 0.7 ? 1 : random.nextDouble() < 0.8 ? 2 : 3;
        int n = Math.min(room, wanted);
        List<String> named = new ArrayList<>(n);
        while (named.size() < n) {
            String substance = INCIDENT_SUBSTANCES.pick(random);
            if (!named.contains(substance)) {
                named.add(substance);
            }
        }
        boolean confirmed = reporter.equals("emergency_department") && random.nextDouble() < 0.4;
        for (String substance : named) {
            csv.line(head + csv.field(substance) + "," + (confirmed ? "confirmed" : "suspected"));
        }
        return n;
    }

    private int seizure(Csv csv, String id, int room, Stretch stretch, SplittableRandom random) {
        Product product = SEIZURE_PRODUCTS.pick(random);
        LocalDate date = date(stretch, random, false);
        LocalDate analysed = min(date.plusDays(10 + random.nextInt(50)), last);
        boolean units = product.form.equals("tablet") || product.form.equals("blotter");
        String head = "%s,%s,%s,%s,%s,%s,%s,%s,"
                .formatted(
                        id,
                        date,
                        analysed,
                        CITY_REGIONS.pick(random),
                        product.form,
                        csv.field(product.soldAs.pick(random) + " seized"),
                        units ? String.valueOf((int) Math.exp(3 + 2.5 * random.nextDouble() * 2)) : "",
                        units ? "" : decimal(Math.exp(1 + 3 * random.nextGaussian()), 3));
        List<String> results = results(product, random);
        int n = Math.min(room, results.size());
        String method = METHODS.pick(random);
        for (int r = 0; r < n; r++) {
            csv.line(head + results.get(r) + "," + method);
        }
        return n;
    }

    private int toxicologyCase(Csv csv, String id, int room, Stretch stretch, SplittableRandom random) {
        LocalDate date = date(stretch, random, false);
        String head = "%s,%s,%s,%s,%s,%s,"
                .formatted(
                        id,
                        date,
                        REGIONS.pick(random),
                        DEATH_AGES.pick(random),
                        random.nextDouble() < 0.8 ? "male" : "female",
                        random.nextDouble() < 0.85);
        int n = Math.min(room, 1 + random.nextInt(4));
        List<String[]> found = new ArrayList<>(n);
        while (found.size() < n) {
            String[] finding = FINDINGS.pick(random);
            if (!found.contains(finding)) {
                found.add(finding);
            }
        }
        for (String[] f : found) {
            double typical = Double.parseDouble(f[1]);
            csv.line(head + f[0] + "," + decimal(typical * Math.exp(0.8 * random.nextGaussian()), 1) + "," + f[2]
                    + ",femoral_blood," + (random.nextDouble() < 0.6));
        }
        return n;
    }

    /** Days {@code from} to {@code from + length - 1} of the span, counted from {@code first}. */
    private record Stretch(int from, int length) {}

    /**
     * A day of the stretch: more at weekends (for samples: in summer, the festival season), and over the whole span a
     * rise of a half; by rejection, so every day stays possible.
     */
    private LocalDate date(Stretch stretch, SplittableRandom random, boolean samples) {
        while (true) {
            int d = stretch.from() + random.nextInt(stretch.length());
            LocalDate day = first.plusDays(d);
            double weight = (1 + 0.5 * d / days) / 1.5;
            DayOfWeek weekday = day.getDayOfWeek();
            weight *= weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY ? 1.0 : 0.7;
            if (samples) {
                int month = day.getMonthValue();
                weight *= month >= 5 && month <= 8 ? 1.0 : 0.75;
            }
            if (random.nextDouble() < weight) {
                return day;
            }
        }
    }

    private static String major(String name, double amount, String unit, String saltForm) {
        return Csv.quoted(name) + "," + decimal(amount, 1) + "," + unit + "," + saltForm + ",major";
    }

    private static double normal(SplittableRandom random, double mean, double sd, double min, double max) {
        return Math.clamp(mean + sd * random.nextGaussian(), min, max);
    }

    private static String decimal(double value, int places) {
        return String.format(Locale.ROOT, "%." + places + "f", value);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static Pick<String> regions(double bigCities) {
        String[] codes = {
            "GG0111", "GG0706", "GG1009", "GG1106", "GG1413", "GG1911", "GG2014", "GG2209", "GG2514", "GG2707",
            "GG3109", "GG3406", "GG3606", "GG4506", "GG4607", "GG4816", "GG5006", "GG5206", "GG5406", "GG5608",
            "GG6011", "GG6106", "GG7014", "GG7206", "GG7306"
        };
        int[] thousands = {
            590, 500, 540, 635, 830, 700, 570, 440, 1_380, 680, 550, 1_150, 260, 830, 1_320, 450, 390, 720, 1_120, 790,
            520, 600, 1_150, 660, 350
        };
        List<String> big = List.of("GG3406", "GG4607", "GG7014", "GG2514");
        Pick<String> pick = new Pick<>();
        for (int i = 0; i < codes.length; i++) {
            pick.or(codes[i], thousands[i] * (big.contains(codes[i]) ? bigCities : 1.0));
        }
        return pick;
    }

    /** The GGD regions the observations are spread over. */
    static List<String> regionCodes() {
        return List.copyOf(REGIONS.items);
    }

    /** A weighted choice. */
    private static final class Pick<T> {

        private final List<T> items = new ArrayList<>();
        private double[] cumulative = new double[0];

        static <T> Pick<T> of(T item, double weight) {
            return new Pick<T>().or(item, weight);
        }

        static <T> Pick<T> weighted(T[] items, java.util.function.ToDoubleFunction<T> weight) {
            Pick<T> pick = new Pick<>();
            for (T item : items) {
                pick.or(item, weight.applyAsDouble(item));
            }
            return pick;
        }

        Pick<T> or(T item, double weight) {
            items.add(item);
            cumulative = java.util.Arrays.copyOf(cumulative, items.size());
            cumulative[items.size() - 1] = (items.size() > 1 ? cumulative[items.size() - 2] : 0) + weight;
            return this;
        }

        T pick(SplittableRandom random) {
            double x = random.nextDouble() * cumulative[cumulative.length - 1];
            int i = java.util.Arrays.binarySearch(cumulative, x);
            return items.get(i >= 0 ? Math.min(i + 1, items.size() - 1) : -i - 1);
        }
    }

    /** A CSV file being written in memory. */
    private static final class Csv {

        private final ByteArrayOutputStream out;

        Csv(int rows) {
            out = new ByteArrayOutputStream(Math.max(1 << 12, rows * 140));
        }

        void line(String text) {
            out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
            out.write('\n');
        }

        String field(String text) {
            return quoted(text);
        }

        static String quoted(String text) {
            return text.indexOf(',') >= 0 || text.indexOf('"') >= 0 ? '"' + text.replace("\"", "\"\"") + '"' : text;
        }

        byte[] bytes() {
            return out.toByteArray();
        }
    }
}
