package org.carecoord;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The pictures in docs/diagrams are drawn from the models by docs/render-diagrams.sh, which writes next to each
 * picture the hash of the model it drew ({@code X.bpmn.sha256}). A model changed after its picture, a model without
 * a picture, a collapsed subprocess without its drill-down picture, or a picture of nothing fails the build, naming
 * the command that redraws it.
 */
class DiagramPicturesTest {

    private static final Path PROCESSES = Path.of("processes");
    private static final Path PICTURES = Path.of("docs", "diagrams");
    /** A subprocess shape drawn collapsed: bpmn-js draws its content as a plane of its own (X-SubProcess_Y.png). */
    private static final Pattern SUBPROCESS = Pattern.compile("<bpmn:subProcess id=\"([^\"]+)\"");

    @Test
    void everyModelHasAPictureDrawnFromItsCurrentVersion() throws IOException {
        List<String> stale = new ArrayList<>();
        for (Path model : models()) {
            String name = name(model);
            Path picture = PICTURES.resolve(name + ".png");
            Path hash = PICTURES.resolve(name + ".bpmn.sha256");
            if (!Files.exists(picture) || !Files.exists(hash)) {
                stale.add(model + " has no picture (" + picture + " with " + hash.getFileName() + ")");
            } else if (!Files.readString(hash).trim().split("\\s+")[0].equals(sha256(model))) {
                stale.add(model + " changed after " + picture + " was drawn");
            }
            for (String subprocess : collapsedSubprocesses(model)) {
                Path drillDown = PICTURES.resolve(name + "-" + subprocess + ".png");
                if (!Files.exists(drillDown)) {
                    stale.add(model + " has no picture of its collapsed " + subprocess + " (" + drillDown + ")");
                }
            }
        }
        assertThat(stale).as(redraw(stale)).isEmpty();
    }

    @Test
    void everyPictureIsOfAModelThatExists() throws IOException {
        Set<String> expected = new TreeSet<>();
        for (Path model : models()) {
            expected.add(name(model) + ".png");
            expected.add(name(model) + ".bpmn.sha256");
            collapsedSubprocesses(model).forEach(sp -> expected.add(name(model) + "-" + sp + ".png"));
        }
        List<String> orphans;
        try (Stream<Path> files = Files.list(PICTURES)) {
            orphans = files.map(f -> f.getFileName().toString())
                    .filter(f -> f.endsWith(".png") || f.endsWith(".sha256"))
                    .filter(f -> !expected.contains(f))
                    .sorted()
                    .toList();
        }
        assertThat(orphans)
                .as(
                        "pictures in %s of no model or subprocess: delete them, then run " + "docs/render-diagrams.sh",
                        PICTURES)
                .isEmpty();
    }

    private static String redraw(List<String> stale) {
        Set<String> models = new TreeSet<>();
        stale.forEach(line -> models.add(line.substring(0, line.indexOf(' '))));
        return "pictures out of date; run: docs/render-diagrams.sh " + String.join(" ", models)
                + " and commit docs/diagrams";
    }

    private static List<Path> models() throws IOException {
        try (Stream<Path> files = Files.list(PROCESSES)) {
            return files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList();
        }
    }

    private static String name(Path model) {
        String file = model.getFileName().toString();
        return file.substring(0, file.length() - ".bpmn".length());
    }

    /** Subprocesses whose shape is not expanded (isExpanded absent means collapsed to bpmn-js). */
    private static List<String> collapsedSubprocesses(Path model) throws IOException {
        String xml = Files.readString(model);
        List<String> ids = new ArrayList<>();
        Matcher m = SUBPROCESS.matcher(xml);
        while (m.find()) {
            String id = m.group(1);
            Matcher shape = Pattern.compile("<bpmndi:BPMNShape [^>]*bpmnElement=\"" + Pattern.quote(id) + "\"[^>]*>")
                    .matcher(xml);
            if (shape.find() && !shape.group().contains("isExpanded=\"true\"")) {
                ids.add(id);
            }
        }
        return ids;
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
