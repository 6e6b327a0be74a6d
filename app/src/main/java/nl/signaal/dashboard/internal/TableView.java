/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.dashboard.internal;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import tools.jackson.databind.json.JsonMapper;

/**
 * A chart's table for the page: headers in the reader's language, every value written the reader's way ({@code <5}
 * for a suppressed one), and the data for the browser's chart as JSON (numbers, {@code null} for suppressed and
 * missing values, so that a chart shows a gap rather than a made-up number).
 */
public record TableView(List<String> headers, List<List<String>> rows, List<Boolean> numeric, String json) {

    static TableView of(
            DataTable table,
            String kind,
            int minimumCell,
            Locale locale,
            UnaryOperator<String> header,
            UnaryOperator<String> name) {
        NumberFormat counts = NumberFormat.getIntegerInstance(locale);
        NumberFormat figures = NumberFormat.getNumberInstance(locale);
        figures.setMaximumFractionDigits(1);
        List<String> headers = table.columns().stream().map(header).toList();
        List<List<String>> rows = new ArrayList<>();
        List<List<Object>> data = new ArrayList<>();
        List<Boolean> numeric =
                new ArrayList<>(table.columns().stream().map(c -> false).toList());
        for (List<Object> row : table.rows()) {
            List<String> shown = new ArrayList<>();
            List<Object> values = new ArrayList<>();
            for (int i = 0; i < row.size(); i++) {
                Object value = row.get(i);
                if (value == DataTable.SUPPRESSED || value instanceof Number) {
                    numeric.set(i, true);
                }
                if (value == DataTable.SUPPRESSED) {
                    shown.add("<" + minimumCell);
                    values.add(null);
                } else if (value instanceof Long n) {
                    shown.add(counts.format(n));
                    values.add(n);
                } else if (value instanceof Double d) {
                    shown.add(figures.format(d));
                    values.add(d);
                } else {
                    String text = name.apply(value.toString());
                    shown.add(text);
                    values.add(text.isEmpty() ? null : text);
                }
            }
            rows.add(shown);
            data.add(values);
        }
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("kind", kind);
        chart.put("columns", table.columns());
        chart.put("headers", headers);
        chart.put("rows", data);
        return new TableView(headers, rows, numeric, JsonMapper.shared().writeValueAsString(chart));
    }
}
