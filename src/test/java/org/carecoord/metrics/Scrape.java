package org.carecoord.metrics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One {@code /actuator/prometheus} answer (Prometheus text format), parsed into samples. */
record Scrape(List<Sample> samples) {

    record Sample(String name, Map<String, String> labels, double value) {}

    private static final Pattern LINE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})?\\s+(\\S+)$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    static Scrape parse(String text) {
        List<Sample> samples = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Matcher sample = LINE.matcher(line.strip());
            if (!sample.matches()) {
                throw new IllegalArgumentException("not a Prometheus sample line: " + line);
            }
            Map<String, String> labels = new LinkedHashMap<>();
            if (sample.group(2) != null) {
                Matcher label = LABEL.matcher(sample.group(2));
                while (label.find()) {
                    labels.put(label.group(1), label.group(2));
                }
            }
            samples.add(new Sample(sample.group(1), labels, Double.parseDouble(sample.group(3))));
        }
        return new Scrape(List.copyOf(samples));
    }

    /** The value of the one sample with this name and (at least) these labels, if there is one. */
    OptionalDouble value(String name, String... labelPairs) {
        List<Sample> found = samples.stream()
                .filter(s -> s.name().equals(name) && hasLabels(s, labelPairs))
                .toList();
        if (found.size() > 1) {
            throw new IllegalStateException(found.size() + " samples of " + name + " match " + List.of(labelPairs));
        }
        return found.isEmpty()
                ? OptionalDouble.empty()
                : OptionalDouble.of(found.get(0).value());
    }

    double require(String name, String... labelPairs) {
        return value(name, labelPairs)
                .orElseThrow(() -> new AssertionError("no sample " + name + " " + List.of(labelPairs)));
    }

    List<String> labelValues() {
        return samples.stream()
                .flatMap(s -> s.labels().values().stream())
                .distinct()
                .toList();
    }

    List<String> labelValues(String label) {
        return samples.stream()
                .map(s -> s.labels().get(label))
                .filter(v -> v != null)
                .distinct()
                .toList();
    }

    private static boolean hasLabels(Sample sample, String... pairs) {
        for (int i = 0; i < pairs.length; i += 2) {
            if (!pairs[i + 1].equals(sample.labels().get(pairs[i]))) {
                return false;
            }
        }
        return true;
    }
}
