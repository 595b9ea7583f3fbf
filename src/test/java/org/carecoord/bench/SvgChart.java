package org.carecoord.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A grouped bar chart as SVG text: one group per category, one bar per series; no library needed. */
final class SvgChart {

    private static final String[] COLOURS = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2"
    };

    private SvgChart() {}

    static String bars(String title, String unit, List<String> categories, Map<String, List<Double>> series) {
        int width = 760;
        int height = 360;
        int left = 60;
        int bottom = 60;
        int top = 40;
        double max = series.values().stream()
                .flatMap(List::stream)
                .filter(v -> !v.isNaN())
                .mapToDouble(Double::doubleValue)
                .max()
                .orElse(1);
        max = max <= 0 ? 1 : max * 1.1;
        double plotWidth = width - left - 20;
        double plotHeight = height - top - bottom;
        double groupWidth = plotWidth / Math.max(1, categories.size());
        double barWidth = groupWidth * 0.8 / Math.max(1, series.size());
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\""
                        .formatted(width, height))
                .append(" font-size=\"11\">\n");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        svg.append(text(width / 2.0, 20, escape(title), "middle", 14));
        svg.append(text(12, top - 10, escape(unit), "start", 11));
        for (int tick = 0; tick <= 4; tick++) {
            double value = max * tick / 4;
            double y = top + plotHeight - plotHeight * tick / 4;
            svg.append("<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#ddd\"/>\n"
                    .formatted(left, width - 20, y, y));
            svg.append(text(left - 5, y + 4, format(value), "end", 10));
        }
        int s = 0;
        for (var entry : series.entrySet()) {
            String colour = COLOURS[s % COLOURS.length];
            for (int c = 0; c < categories.size() && c < entry.getValue().size(); c++) {
                double value = entry.getValue().get(c);
                if (Double.isNaN(value)) {
                    continue;
                }
                double barHeight = plotHeight * value / max;
                double x = left + c * groupWidth + groupWidth * 0.1 + s * barWidth;
                svg.append("<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>\n"
                        .formatted(x, top + plotHeight - barHeight, barWidth, barHeight, colour));
            }
            svg.append("<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"10\" fill=\"%s\"/>\n"
                    .formatted(left + s * 150, height - 18, colour));
            svg.append(text(left + s * 150 + 14, height - 9, escape(entry.getKey()), "start", 10));
            s++;
        }
        for (int c = 0; c < categories.size(); c++) {
            svg.append(text(
                    left + c * groupWidth + groupWidth / 2,
                    top + plotHeight + 15,
                    escape(categories.get(c)),
                    "middle",
                    10));
        }
        return svg.append("</svg>\n").toString();
    }

    private static String text(double x, double y, String text, String anchor, int size) {
        return "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"%d\">%s</text>\n"
                .formatted(x, y, anchor, size, text);
    }

    private static String format(double value) {
        return value >= 100 ? String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%.2f", value);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
