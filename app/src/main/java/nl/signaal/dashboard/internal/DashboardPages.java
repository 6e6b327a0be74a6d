/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.dashboard.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.signaal.dashboard.internal.FilterField.Option;
import nl.signaal.dashboard.internal.Filters.Problem;
import nl.signaal.ingest.IngestManagement;
import nl.signaal.region.Region;
import nl.signaal.region.RegionKind;
import nl.signaal.region.Regions;
import nl.signaal.substance.Substance;
import nl.signaal.substance.SubstanceManagement;
import nl.signaal.surveillance.SeriesKey;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The dashboard pages, public: a form of filters that works without JavaScript, the chart (drawn in the browser from
 * the data the page carries), the same data as a table, and a CSV link for it. Visitors and the roles that send data
 * get small cells suppressed; monitoring staff see exact figures.
 */
@Controller
class DashboardPages {

    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");
    private static final String[] EXACT_ROLES = {"ANALYST", "COORDINATOR", "ADMIN"};

    private final Dashboards dashboards;
    private final SubstanceManagement substances;
    private final IngestManagement ingest;
    private final Regions regions;
    private final DashboardProperties properties;
    private final MessageSource messages;
    private final Clock clock;

    DashboardPages(
            Dashboards dashboards,
            SubstanceManagement substances,
            IngestManagement ingest,
            Regions regions,
            DashboardProperties properties,
            MessageSource messages,
            Clock clock) {
        this.dashboards = dashboards;
        this.substances = substances;
        this.ingest = ingest;
        this.regions = regions;
        this.properties = properties;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/dashboard")
    String index(Model model) {
        model.addAttribute("charts", List.of(Chart.values()));
        model.addAttribute("minimum", properties.minimumCell());
        return "dashboard/index";
    }

    @GetMapping("/dashboard/{path}")
    String chart(
            @PathVariable String path,
            @RequestParam Map<String, String> params,
            HttpServletRequest request,
            Model model,
            jakarta.servlet.http.HttpServletResponse response) {
        Chart chart = Chart.byPath(path).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Filters filters = filters(chart, params);
        SmallCells cells = cells(request);
        model.addAttribute("chart", chart);
        model.addAttribute("fields", fields(chart, filters));
        model.addAttribute("query", filters.query(chart.filters().toArray(String[]::new)));
        model.addAttribute("suppressed", !cells.exact());
        model.addAttribute("minimum", properties.minimumCell());
        if (!filters.problems().isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("table", null);
        } else {
            Locale locale = LocaleContextHolder.getLocale();
            model.addAttribute(
                    "table",
                    TableView.of(
                            table(chart, filters, cells),
                            chart.kind(),
                            properties.minimumCell(),
                            locale,
                            column -> messages.getMessage("dashboard.column." + column, null, column, locale),
                            value -> name(value, locale)));
        }
        return "dashboard/chart";
    }

    @GetMapping("/dashboard/{path}.csv")
    ResponseEntity<String> csv(
            @PathVariable String path, @RequestParam Map<String, String> params, HttpServletRequest request)
            throws IOException {
        Chart chart = Chart.byPath(path).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Filters filters = filters(chart, params);
        if (!filters.problems().isEmpty()) {
            StringBuilder text = new StringBuilder();
            filters.problems()
                    .forEach((name, problem) -> text.append(name)
                            .append(": '")
                            .append(problem.value())
                            .append("': ")
                            .append(messages.getMessage(problem.key(), null, problem.key(), Locale.ENGLISH))
                            .append('\n'));
            return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN).body(text.toString());
        }
        DataTable table = table(chart, filters, cells(request));
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = CSVFormat.RFC4180.builder().get().print(out)) {
            printer.printRecord(table.columns());
            for (List<Object> row : table.rows()) {
                printer.printRecord(row.stream().map(this::csvValue).toList());
            }
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("signaal-" + chart.path() + ".csv")
                                .build()
                                .toString())
                .body(out.toString());
    }

    /** A text value as the reader reads it: a substance's name for its id, a label in their language, else as is. */
    private String name(String value, Locale locale) {
        if (value.equals("other") || value.equals("unknown") || value.equals("without_region")) {
            return messages.getMessage("dashboard.label." + value, null, value, locale);
        }
        return substances.find(value).map(Substance::name).orElse(value);
    }

    private Object csvValue(Object value) {
        return value == DataTable.SUPPRESSED ? "<" + properties.minimumCell() : value;
    }

    private DataTable table(Chart chart, Filters f, SmallCells cells) {
        return switch (chart) {
            case TRENDS -> dashboards.trends(f, cells);
            case MAP -> dashboards.map(f, cells);
            case COMPOSITION -> dashboards.composition(f, cells);
            case ADULTERATION -> dashboards.adulteration(f, cells);
            case SOLD_AS -> dashboards.soldAs(f, cells);
            case WASTEWATER -> dashboards.wastewater(f);
            case INDICATORS -> dashboards.indicators(f, cells);
        };
    }

    private SmallCells cells(HttpServletRequest request) {
        boolean exact = java.util.Arrays.stream(EXACT_ROLES).anyMatch(request::isUserInRole);
        return new SmallCells(properties.minimumCell(), exact);
    }

    private Filters filters(Chart chart, Map<String, String> params) {
        List<String> metabolites = ingest.wastewaterMetabolites();
        List<String> indicatorSubstances = ingest.indicatorSubstances();
        Filters.Defaults defaults = new Filters.Defaults(
                "mdma",
                chart == Chart.TRENDS ? Filters.Period.MONTH : Filters.Period.YEAR,
                metabolites.contains("benzoylecgonine") || metabolites.isEmpty()
                        ? "benzoylecgonine"
                        : metabolites.getFirst(),
                indicatorSubstances.contains("cocaine") || indicatorSubstances.isEmpty()
                        ? "cocaine"
                        : indicatorSubstances.getFirst());
        Filters filters =
                Filters.read(params, LocalDate.now(clock.withZone(NETHERLANDS)), defaults, new Filters.Known() {
                    @Override
                    public boolean subject(SeriesKey.Scope scope, String subject) {
                        return scope == SeriesKey.Scope.GROUP
                                ? groups().contains(subject)
                                : substances.find(subject).isPresent();
                    }

                    @Override
                    public boolean region(String code) {
                        return SeriesKey.NATIONAL.equals(code)
                                || regions.find(code).isPresent();
                    }
                });
        Map<String, Problem> problems = new LinkedHashMap<>();
        filters.problems().forEach((name, problem) -> {
            // a problem with a filter the chart does not take is no problem
            if (chart.filters().contains(name)
                    || "scope".equals(name) && chart.filters().contains("subject")) {
                problems.put(name, problem);
            }
        });
        if (chart != Chart.TRENDS && chart.filters().contains("period") && filters.period() == Filters.Period.WEEK) {
            problems.put("period", new Problem("dashboard.problem.choice", "WEEK"));
        }
        if (chart == Chart.WASTEWATER && !metabolites.isEmpty() && !metabolites.contains(filters.metabolite())) {
            problems.put("metabolite", new Problem("dashboard.problem.unknown", filters.metabolite()));
        }
        if (chart == Chart.INDICATORS
                && !indicatorSubstances.isEmpty()
                && !indicatorSubstances.contains(filters.substance())) {
            problems.put("substance", new Problem("dashboard.problem.unknown", filters.substance()));
        }
        return new Filters(
                filters.source(),
                filters.scope(),
                filters.subject(),
                filters.region(),
                filters.period(),
                filters.level(),
                filters.from(),
                filters.to(),
                filters.measure(),
                filters.soldAs(),
                filters.metabolite(),
                filters.substance(),
                problems);
    }

    private Set<String> groups() {
        Set<String> groups = new TreeSet<>();
        substances.all().forEach(s -> groups.addAll(s.groups()));
        return groups;
    }

    private List<FilterField> fields(Chart chart, Filters f) {
        List<FilterField> fields = new ArrayList<>();
        for (String name : chart.filters()) {
            fields.add(new FilterField(
                    name, f.value(name), options(chart, name), f.problems().get(name)));
        }
        return fields;
    }

    private List<Option> options(Chart chart, String name) {
        List<Option> options = new ArrayList<>();
        switch (name) {
            case "source" -> {
                for (var source : Filters.SOURCES) {
                    options.add(new Option(source.name(), "dashboard.source." + source.name(), true, ""));
                }
            }
            case "subject" -> {
                options.add(new Option("all", "dashboard.subject.all", true, ""));
                groups().forEach(g -> options.add(new Option("group:" + g, g, false, "dashboard.subject.groups")));
                catalogued()
                        .forEach(s -> options.add(
                                new Option("substance:" + s.id(), s.name(), false, "dashboard.subject.substances")));
            }
            case "soldAs" -> catalogued().forEach(s -> options.add(new Option(s.id(), s.name(), false, "")));
            case "region" -> {
                options.add(new Option(SeriesKey.NATIONAL, "dashboard.region.NL", true, ""));
                for (Region r : regions.all(RegionKind.PROVINCE)) {
                    options.add(new Option(r.code().value(), r.name(), false, "dashboard.region.provinces"));
                }
                for (Region r : regions.all(RegionKind.GGD_REGION)) {
                    options.add(new Option(r.code().value(), r.name(), false, "dashboard.region.ggd"));
                }
            }
            case "period" -> {
                for (Filters.Period p : Filters.Period.values()) {
                    if (p != Filters.Period.WEEK || chart == Chart.TRENDS) {
                        options.add(new Option(p.name(), "dashboard.period." + p.name(), true, ""));
                    }
                }
            }
            case "level" -> {
                for (Filters.Level l : Filters.Level.values()) {
                    options.add(new Option(l.name(), "dashboard.level." + l.name(), true, ""));
                }
            }
            case "measure" -> {
                for (SampleCells.Measure m : SampleCells.Measure.values()) {
                    options.add(new Option(m.name(), "dashboard.measure." + m.name(), true, ""));
                }
            }
            case "metabolite" -> ingest.wastewaterMetabolites().forEach(m -> options.add(new Option(m, m, false, "")));
            case "substance" -> ingest.indicatorSubstances().forEach(s -> options.add(new Option(s, s, false, "")));
            default -> {
                // from, to: dates
            }
        }
        return options;
    }

    private List<Substance> catalogued() {
        return substances.all().stream().filter(Substance::catalogued).toList();
    }
}
