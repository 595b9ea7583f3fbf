package org.carecoord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.assertj.core.api.SoftAssertions;
import org.carecoord.assessment.AssessmentProcess;
import org.carecoord.careplan.CarePlanningProcess;
import org.carecoord.cases.CareEpisodeProcess;
import org.carecoord.conference.CaseConferenceProcess;
import org.carecoord.forms.OptionLists;
import org.carecoord.intake.IntakeProcess;
import org.carecoord.transitionalcare.TransitionalCareProcess;
import org.carecoord.variables.Var;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * forms/ is code (STYLE 11): every user task has a Camunda Form that exists and is bound to its latest version, and
 * every field of a form is a variable its process reads, i.e. a constant of the process's names class.
 */
class FormsContractTest {

    private static final Path PROCESSES = Path.of("processes");
    private static final Path FORMS = Path.of("forms");
    private static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Where each process names its variables: the nested classes of its names class (its top-level constants are the
     * key, element IDs and values, never variables), and the classes of variables it is passed by a caller.
     * A new process must be added here.
     */
    private static final Map<String, VariableNames> VARIABLE_NAMES = Map.ofEntries(
            Map.entry(CareEpisodeProcess.KEY, new VariableNames(CareEpisodeProcess.class)),
            Map.entry(TransitionalCareProcess.KEY, new VariableNames(TransitionalCareProcess.class)),
            Map.entry(CaseConferenceProcess.KEY, new VariableNames(CaseConferenceProcess.class)),
            Map.entry(IntakeProcess.KEY, new VariableNames(IntakeProcess.class, CareEpisodeProcess.Vars.class)),
            Map.entry(AssessmentProcess.KEY, new VariableNames(AssessmentProcess.class, CareEpisodeProcess.Vars.class)),
            Map.entry(CarePlanningProcess.KEY, new VariableNames(CarePlanningProcess.class)),
            Map.entry(
                    org.carecoord.referral.ReferralProcess.KEY,
                    new VariableNames(org.carecoord.referral.ReferralProcess.class)),
            Map.entry(
                    org.carecoord.discharge.DischargeProcess.KEY,
                    new VariableNames(org.carecoord.discharge.DischargeProcess.class)),
            Map.entry(
                    org.carecoord.benefits.BenefitsProcess.KEY,
                    new VariableNames(org.carecoord.benefits.BenefitsProcess.class)),
            Map.entry(
                    org.carecoord.monitoring.MonitoringProcess.KEY,
                    new VariableNames(
                            org.carecoord.monitoring.MonitoringProcess.class,
                            CareEpisodeProcess.SafetyFields.class,
                            CaseConferenceProcess.ReviewFields.class)),
            Map.entry(
                    org.carecoord.appointment.AppointmentProcess.KEY,
                    new VariableNames(org.carecoord.appointment.AppointmentProcess.class)));

    record VariableNames(Class<?> namesClass, Class<?>... passedIn) {

        Set<String> all() {
            Set<String> names = new TreeSet<>();
            Arrays.stream(namesClass.getDeclaredClasses()).forEach(nested -> addConstants(nested, names));
            Arrays.stream(passedIn).forEach(type -> addConstants(type, names));
            return names;
        }

        private static void addConstants(Class<?> type, Set<String> names) {
            for (Field field : type.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isPublic(modifiers)
                        && Modifier.isStatic(modifiers)
                        && Modifier.isFinal(modifiers)
                        && (field.getType() == String.class
                                || field.getType() == java.util.List.class
                                || field.getType() == Var.class)) {
                    try {
                        Object value = field.get(null);
                        if (value instanceof Var<?> handle) {
                            names.add(handle.name());
                        } else if (value instanceof String name) {
                            names.add(name);
                        } else {
                            // lists of names, e.g. the nine PHQ-9 item fields
                            ((java.util.List<?>) value).forEach(item -> names.add(String.valueOf(item)));
                        }
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
            Arrays.stream(type.getDeclaredClasses()).forEach(nested -> addConstants(nested, names));
        }
    }

    /** A user task or start event of a process, with its form reference if it has one. */
    record FormUse(String elementId, boolean userTask, String formRef, String binding) {}

    record ProcessModel(Path file, String key, List<FormUse> formUses) {}

    @Test
    void processesAreFoundFromTheProjectRoot() {
        assertThat(bpmnFiles())
                .as("BPMN files under %s", PROCESSES.toAbsolutePath())
                .isNotEmpty();
    }

    @TestFactory
    Stream<DynamicTest> everyUserTaskHasAForm() {
        return processes()
                .map(process -> dynamicTest(
                        process.key(),
                        () -> assertThat(process.formUses())
                                .filteredOn(FormUse::userTask)
                                .allSatisfy(use -> assertThat(use.formRef())
                                        .as("camunda:formRef of %s in %s", use.elementId(), process.file())
                                        .isNotBlank())));
    }

    @TestFactory
    Stream<DynamicTest> everyFormReferenceIsAnExistingFormBoundToItsLatestVersion() {
        return processes()
                .map(process -> dynamicTest(process.key(), () -> {
                    SoftAssertions softly = new SoftAssertions();
                    for (FormUse use : referencing(process)) {
                        String where = use.elementId() + " in " + process.file();
                        softly.assertThat(use.binding())
                                .as("camunda:formRefBinding of %s", where)
                                .isEqualTo("latest");
                        Path form = formFile(use.formRef());
                        if (!Files.isRegularFile(form)) {
                            softly.fail("%s references form %s, but %s does not exist", where, use.formRef(), form);
                            continue;
                        }
                        softly.assertThat(readForm(form).path("id").asText())
                                .as("id of %s", form)
                                .isEqualTo(use.formRef());
                    }
                    softly.assertAll();
                }));
    }

    @TestFactory
    Stream<DynamicTest> everyFormFieldIsAVariableTheProcessReads() {
        return processes()
                .map(process -> dynamicTest(process.key(), () -> {
                    VariableNames names = VARIABLE_NAMES.get(process.key());
                    if (names == null) {
                        fail(
                                "Process %s (%s) has no entry in FormsContractTest.VARIABLE_NAMES: add its names class",
                                process.key(), process.file());
                    }
                    Set<String> variables = names.all();
                    SoftAssertions softly = new SoftAssertions();
                    for (FormUse use : referencing(process)) {
                        Path form = formFile(use.formRef());
                        if (Files.isRegularFile(form)) {
                            softly.assertThat(fieldVariables(readForm(form)))
                                    .as(
                                            "fields of %s (used by %s) that are not constants of %s",
                                            form,
                                            use.elementId(),
                                            names.namesClass().getSimpleName())
                                    .isSubsetOf(variables);
                        }
                    }
                    softly.assertAll();
                }));
    }

    /**
     * STYLE 13: a form's {@code valuesKey} names a list that is served: one of {@link OptionLists} (added to a task's
     * form variables; Tasklist loads none for a start form) or a variable its process sets (a names-class constant).
     */
    @TestFactory
    Stream<DynamicTest> everyValuesKeyIsProvided() {
        return processes()
                .map(process -> dynamicTest(process.key(), () -> {
                    VariableNames names = VARIABLE_NAMES.get(process.key());
                    Set<String> variables = names == null ? Set.of() : names.all();
                    SoftAssertions softly = new SoftAssertions();
                    for (FormUse use : referencing(process)) {
                        Path form = formFile(use.formRef());
                        if (!Files.isRegularFile(form)) {
                            continue;
                        }
                        for (String key : valuesKeys(readForm(form))) {
                            if (use.userTask()) {
                                softly.assertThat(OptionLists.keys().contains(key) || variables.contains(key))
                                        .as(
                                                "valuesKey %s of %s (used by %s) is neither an OptionLists list nor a variable"
                                                        + " of %s",
                                                key, form, use.elementId(), process.key())
                                        .isTrue();
                            } else {
                                softly.assertThat(variables)
                                        .as("valuesKey %s of start form %s", key, form)
                                        .contains(key);
                            }
                        }
                    }
                    softly.assertAll();
                }));
    }

    /** One source for every list: no form writes out a list that {@link OptionLists} serves. */
    @Test
    void noFormCopiesAListThatIsServed() throws IOException {
        Map<Set<String>, String> served = new java.util.HashMap<>();
        OptionLists.keys().forEach(key -> served.put(values(OptionLists.of(key)), key));
        SoftAssertions softly = new SoftAssertions();
        try (Stream<Path> files = Files.list(FORMS)) {
            for (Path form : files.filter(file -> file.toString().endsWith(".form"))
                    .sorted()
                    .toList()) {
                for (JsonNode field : readForm(form).findParents("values")) {
                    softly.assertThat(served.get(values(field.path("values"))))
                            .as(
                                    "%s of %s writes out a served list: use its valuesKey",
                                    field.path("key").asText(), form)
                            .isNull();
                }
            }
        }
        softly.assertAll();
    }

    /**
     * One source for every list, also for lists not served yet: no list of options (labels and values) is written out
     * twice, in one form or in two; the second copy makes it an enum served by {@code valuesKey}.
     */
    @Test
    void noListIsWrittenOutTwice() throws IOException {
        Map<JsonNode, List<String>> copies = new java.util.LinkedHashMap<>();
        try (Stream<Path> files = Files.list(FORMS)) {
            for (Path form : files.filter(file -> file.toString().endsWith(".form"))
                    .sorted()
                    .toList()) {
                for (JsonNode field : readForm(form).findParents("values")) {
                    copies.computeIfAbsent(field.get("values"), list -> new ArrayList<>())
                            .add(form.getFileName() + " (" + field.path("key").asText() + ")");
                }
            }
        }
        SoftAssertions softly = new SoftAssertions();
        copies.forEach((list, fields) -> softly.assertThat(fields)
                .as(
                        "the list %s is written out in %s: make it one enum in OptionLists and name it by valuesKey",
                        values(list), fields)
                .hasSize(1));
        softly.assertAll();
    }

    /**
     * A list as its options, value and label: the same codes with the question's own words (e.g. "No — record this
     * attempt") are a different list, not a copy.
     */
    private static Set<String> values(JsonNode options) {
        Set<String> values = new TreeSet<>();
        options.forEach(option -> values.add(
                option.path("value").asText() + "=" + option.path("label").asText()));
        return values;
    }

    static Set<String> valuesKeys(JsonNode form) {
        Set<String> keys = new TreeSet<>();
        form.findValues("valuesKey").forEach(key -> keys.add(key.asText()));
        return keys;
    }

    /** The process variable each field writes: a field's key, or a group's/dynamic list's path (then its fields are
     *  properties of that variable, not variables themselves). A dotted key or path writes its first segment. */
    static Set<String> fieldVariables(JsonNode form) {
        Set<String> variables = new TreeSet<>();
        collectFieldVariables(form.path("components"), variables);
        return variables;
    }

    private static void collectFieldVariables(JsonNode components, Set<String> variables) {
        for (JsonNode component : components) {
            String path = component.path("path").asText("");
            if (component.hasNonNull("key")) {
                variables.add(firstSegment(component.get("key").asText()));
            }
            if (!path.isBlank()) {
                variables.add(firstSegment(path));
            } else {
                collectFieldVariables(component.path("components"), variables);
            }
        }
    }

    private static String firstSegment(String name) {
        int dot = name.indexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    private static List<FormUse> referencing(ProcessModel process) {
        return process.formUses().stream()
                .filter(use -> !use.formRef().isBlank())
                .toList();
    }

    private static Path formFile(String formRef) {
        return FORMS.resolve(formRef + ".form");
    }

    private static JsonNode readForm(Path form) {
        try {
            return JSON.readTree(form.toFile());
        } catch (IOException e) {
            throw new AssertionError(form + " is not valid JSON: " + e.getMessage(), e);
        }
    }

    private static List<Path> bpmnFiles() {
        try (Stream<Path> files = Files.list(PROCESSES)) {
            return files.filter(file -> file.toString().endsWith(".bpmn"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot list " + PROCESSES.toAbsolutePath(), e);
        }
    }

    private static Stream<ProcessModel> processes() {
        return bpmnFiles().stream().flatMap(FormsContractTest::parse);
    }

    private static Stream<ProcessModel> parse(Path file) {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            var document = factory.newDocumentBuilder().parse(file.toFile());
            List<ProcessModel> models = new ArrayList<>();
            for (Element process : elements(document.getDocumentElement(), "process")) {
                List<FormUse> uses = new ArrayList<>();
                for (String type : List.of("userTask", "startEvent")) {
                    for (Element element : elements(process, type)) {
                        uses.add(new FormUse(
                                element.getAttribute("id"),
                                type.equals("userTask"),
                                element.getAttributeNS(CAMUNDA_NS, "formRef"),
                                element.getAttributeNS(CAMUNDA_NS, "formRefBinding")));
                    }
                }
                models.add(new ProcessModel(file, process.getAttribute("id"), uses));
            }
            return models.stream();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot parse " + file, e);
        }
    }

    private static List<Element> elements(Element parent, String localName) {
        NodeList nodes = parent.getElementsByTagNameNS(BPMN_NS, localName);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }
}
