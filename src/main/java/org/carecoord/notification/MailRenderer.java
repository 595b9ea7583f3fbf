package org.carecoord.notification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Fills {@code {{placeholder}}} in {@code templates/mail/<name>.subject.txt}, {@code .txt} and {@code .html}. Values
 * are HTML-escaped in the HTML part and kept on one line in the subject. The files are read and checked against
 * {@link MailTemplate} at start-up, so a typo fails the application, not a mail.
 */
@Component
class MailRenderer {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z][A-Za-z0-9]*)\\s*}}");

    private record Files(String subject, String text, String html) {}

    private final Map<MailTemplate, Files> files = new EnumMap<>(MailTemplate.class);

    MailRenderer() {
        for (MailTemplate template : MailTemplate.values()) {
            Files loaded =
                    new Files(read(template, ".subject.txt").strip(), read(template, ".txt"), read(template, ".html"));
            Set<String> used = new TreeSet<>();
            used.addAll(placeholdersIn(loaded.subject()));
            used.addAll(placeholdersIn(loaded.text()));
            used.addAll(placeholdersIn(loaded.html()));
            if (!used.equals(new TreeSet<>(template.placeholders()))) {
                throw new IllegalStateException("mail template " + template.fileName() + " uses " + used
                        + " but declares " + new TreeSet<>(template.placeholders()));
            }
            files.put(template, loaded);
        }
    }

    RenderedMail render(MailTemplate template, Map<String, String> values) {
        Set<String> missing = new HashSet<>(template.placeholders());
        missing.removeAll(values.keySet());
        Set<String> unknown = new HashSet<>(values.keySet());
        unknown.removeAll(template.placeholders());
        if (!missing.isEmpty() || !unknown.isEmpty()) {
            throw new IllegalArgumentException("mail " + template.fileName() + ": missing placeholders " + missing
                    + ", unknown placeholders " + unknown);
        }
        Files parts = files.get(template);
        return new RenderedMail(
                fill(
                        parts.subject(),
                        values,
                        value -> value.replaceAll("[\\r\\n\\t]+", " ").strip()),
                fill(parts.text(), values, UnaryOperator.identity()),
                fill(parts.html(), values, MailRenderer::escapeHtml));
    }

    static String fill(String text, Map<String, String> values, UnaryOperator<String> encode) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalArgumentException("no value for placeholder " + matcher.group(1));
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(encode.apply(value)));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    static String escapeHtml(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (char c : value.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static Set<String> placeholdersIn(String text) {
        Set<String> names = new HashSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private static String read(MailTemplate template, String suffix) {
        var resource = new ClassPathResource("templates/mail/" + template.fileName() + suffix);
        try (var in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("mail template file missing: " + resource.getPath(), e);
        }
    }
}
