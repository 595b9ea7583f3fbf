package org.carecoord.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Median and spread of repeated measurements (nearest-rank percentiles: no interpolation to explain). */
record Stats(int n, double min, double p25, double median, double p75, double p95, double max) {

    static Stats of(Collection<? extends Number> values) {
        List<Double> sorted = new ArrayList<>(
                values.stream().map(Number::doubleValue).sorted().toList());
        if (sorted.isEmpty()) {
            return new Stats(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        return new Stats(
                sorted.size(),
                sorted.get(0),
                rank(sorted, 25),
                rank(sorted, 50),
                rank(sorted, 75),
                rank(sorted, 95),
                sorted.get(sorted.size() - 1));
    }

    private static double rank(List<Double> sorted, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    /** "12.3 (10.1–15.0)": median and min–max, the way every figure of the report is shown. */
    String text(int decimals) {
        return n == 0
                ? "–"
                : format(median, decimals) + " (" + format(min, decimals) + "–" + format(max, decimals) + ")";
    }

    static String format(double value, int decimals) {
        return Double.isNaN(value) ? "–" : String.format(java.util.Locale.ROOT, "%." + decimals + "f", value);
    }

    Map<String, Object> json() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("n", n);
        json.put("min", min);
        json.put("p25", p25);
        json.put("median", median);
        json.put("p75", p75);
        json.put("p95", p95);
        json.put("max", max);
        return json;
    }
}
