/* Signaal: national drug monitoring, early warning and risk communication. */
package nl.signaal.estimate.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.signaal.estimate.Refusal;
import org.jspecify.annotations.Nullable;

/**
 * The upload form's fields besides the file: a name, and the multiplier method's benchmark, all of it or none.
 *
 * @param problems by field, empty when the fields can be used
 */
record UploadForm(String name, Dataset.@Nullable Benchmark benchmark, Map<String, Refusal> problems) {

    static final int MAX_NAME = 200;
    static final String[] BENCHMARK_FIELDS = {
        "benchmark_label", "benchmark_count", "multiplier", "multiplier_low", "multiplier_high"
    };

    static UploadForm read(Map<String, String> form) {
        Map<String, Refusal> problems = new LinkedHashMap<>();
        String name = value(form, "name");
        if (name.isEmpty()) {
            problems.put("name", Refusal.of(0, "name", null, "required"));
        } else if (name.length() > MAX_NAME) {
            problems.put("name", Refusal.of(0, "name", null, "too_long", MAX_NAME));
        }
        boolean any = false;
        for (String field : BENCHMARK_FIELDS) {
            any |= !value(form, field).isEmpty();
        }
        if (!any) {
            return new UploadForm(name, null, problems);
        }
        for (String field : BENCHMARK_FIELDS) {
            if (value(form, field).isEmpty()) {
                problems.put(field, Refusal.of(0, field, null, "benchmark_incomplete"));
            }
        }
        Long count = null;
        try {
            count = Long.valueOf(value(form, "benchmark_count"));
        } catch (NumberFormatException e) {
            // reported below
        }
        if (count == null || count < 1) {
            problems.putIfAbsent("benchmark_count", Refusal.of(0, "benchmark_count", null, "whole_number"));
        }
        BigDecimal multiplier = positive(form, "multiplier", problems);
        BigDecimal low = positive(form, "multiplier_low", problems);
        BigDecimal high = positive(form, "multiplier_high", problems);
        if (multiplier != null
                && low != null
                && high != null
                && (low.compareTo(multiplier) > 0 || high.compareTo(multiplier) < 0)) {
            problems.put("multiplier", Refusal.of(0, "multiplier", null, "interval"));
        }
        String label = value(form, "benchmark_label");
        if (label.length() > MAX_NAME) {
            problems.put("benchmark_label", Refusal.of(0, "benchmark_label", null, "too_long", MAX_NAME));
        }
        if (!problems.isEmpty() || count == null || multiplier == null || low == null || high == null) {
            return new UploadForm(name, null, problems);
        }
        return new UploadForm(name, new Dataset.Benchmark(label, count, multiplier, low, high), problems);
    }

    private static @Nullable BigDecimal positive(
            Map<String, String> form, String field, Map<String, Refusal> problems) {
        String text = value(form, field).replace(',', '.');
        if (text.isEmpty()) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(text);
            if (value.signum() > 0 && value.compareTo(new BigDecimal("100000000")) < 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.put(field, Refusal.of(0, field, null, "positive"));
        return null;
    }

    private static String value(Map<String, String> form, String field) {
        return form.getOrDefault(field, "").strip();
    }
}
