package org.carecoord.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** Priorities in words: the bands the models' and TaskConventions' numbers fall into, alike in Java and Tasklist. */
class TaskPriorityTest {

    private static final Path PLUGIN =
            Path.of("src/main/resources/META-INF/resources/webjars/camunda/app/tasklist/custom/carecoord-case.js");

    @Test
    void everyPriorityTheModelsAndConventionsGiveHasItsWord() {
        assertThat(TaskPriority.of(100).word()).as("safety follow-up").isEqualTo("urgent");
        assertThat(TaskPriority.of(90).word()).as("transitional care").isEqualTo("high");
        assertThat(TaskPriority.of(TaskConventions.URGENT_PRIORITY).word())
                .as("urgent case")
                .isEqualTo("high");
        assertThat(TaskPriority.of(TaskConventions.ROUTINE_PRIORITY).word()).isEqualTo("routine");
        assertThat(TaskPriority.of(0).word()).isEqualTo("routine");
    }

    @Test
    void everyModelPriorityIsOneTheBandsWereDrawnFor() throws IOException {
        var numbers = Pattern.compile("camunda:priority=\"(\\d+)\"");
        try (var models = Files.list(Path.of("processes"))) {
            var used = models.filter(p -> p.toString().endsWith(".bpmn"))
                    .flatMap(p -> {
                        try {
                            return numbers.matcher(Files.readString(p))
                                    .results()
                                    .map(m -> Integer.parseInt(m.group(1)));
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .collect(Collectors.toSet());
            assertThat(used)
                    .as("a new priority in a model needs its word here and in Tasklist")
                    .isSubsetOf(80, 90, 100);
        }
    }

    @Test
    void tasklistsTaskCardsUseTheSameBands() throws IOException {
        String bands = Arrays.stream(TaskPriority.values())
                .filter(band -> band != TaskPriority.ROUTINE)
                .map(band -> "[" + band.from() + ", '" + band.word() + "']")
                .collect(Collectors.joining(", ", "[", "]"));
        assertThat(Files.readString(PLUGIN)).contains("const PRIORITY_BANDS = " + bands + ";");
    }
}
