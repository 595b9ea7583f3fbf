package org.carecoord;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.CatchEvent;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.SignalEventDefinition;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.SimpleBeanDefinitionRegistry;
import org.springframework.context.annotation.AnnotationBeanNameGenerator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Every name a model relies on exists in the application (issue #11 §5): each {@code ${bean}} a delegate or listener
 * names is a CareCoord delegate or listener bean, each helper bean an expression calls ({@code ${businessCalendar.…}})
 * is a bean, each message or signal a model waits for is sent by some code path in {@code src/main}, and each
 * {@code camunda:formRef} names a form in {@code forms/}. Beans are found by scanning CareCoord's compiled classes
 * (components by their bean names, {@code @Bean} methods by theirs), without starting Spring.
 */
class ModelBindingsTest {

    private static final Path PROCESSES = Path.of("processes");
    private static final Path FORMS = Path.of("forms");
    private static final Path MAIN_SOURCES = Path.of("src/main/java");
    private static final String OWN_PACKAGE = "org.carecoord";
    private static final Set<String> ENGINE_NAMES = Set.of("execution", "task", "decisionResult", "dateTime");
    private static final List<Class<?>> DELEGATE_TYPES =
            List.of(JavaDelegate.class, ExecutionListener.class, TaskListener.class);
    private static final Pattern BEAN_EXPRESSION = Pattern.compile("^[$#]\\{\\s*([A-Za-z_]\\w*)\\s*}$");
    private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{([^}]*)}");
    private static final Pattern QUOTED = Pattern.compile("'[^']*'|\"[^\"]*\"");
    /** {@code name.member}: a bean or an engine name, unless it is a JSON variable's {@code elements()}. */
    private static final Pattern MEMBER_OF = Pattern.compile("(?<![\\w.])([A-Za-z_]\\w*)\\s*\\.(?!elements\\()");

    private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
    /** A reference to a message or signal constant of a names class, e.g. {@code ReferralProcess.MESSAGE_X}. */
    private static final Pattern NAME_CONSTANT = Pattern.compile("\\b([A-Z]\\w*)\\.((?:MESSAGE|SIGNAL)_[A-Z0-9_]+)\\b");
    /** A message or signal name written into the sending call itself. */
    private static final Pattern LITERAL_SEND = Pattern.compile(
            "(?:createMessageCorrelation|correlateMessage|createSignalEvent|signalEventReceived)\\(\\s*\"([^\"]+)\"");

    private static Bindings application;

    @BeforeAll
    static void readApplication() throws Exception {
        application = Bindings.ofApplication();
    }

    @Test
    void everyNameInEveryModelExistsInTheApplication() throws IOException {
        List<Path> models;
        try (Stream<Path> files = Files.list(PROCESSES)) {
            models = files.filter(path -> path.toString().endsWith(".bpmn"))
                    .sorted()
                    .toList();
        }
        assertThat(models).isNotEmpty();
        List<String> problems = new ArrayList<>();
        for (Path model : models) {
            application
                    .check(model.getFileName().toString(), Bpmn.readModelFromFile(model.toFile()))
                    .forEach(problems::add);
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theScanFindsTheApplicationsNames() {
        // guards the scan itself: an empty set would let every model through
        assertThat(application.delegates())
                .contains("recordContactDelegate", "openTransitionalCareDelegate", "showCareTimeListener");
        assertThat(application.beans()).contains("businessCalendar", "referralSettings");
        assertThat(application.sentMessages()).contains("ReferralResponse", "HospitalDischarge");
        assertThat(application.forms()).contains("intake-record-consent");
    }

    @Test
    void aBrokenModelIsReportedByName() {
        BpmnModelInstance broken = Bpmn.createExecutableProcess("broken")
                .startEvent("Start")
                .serviceTask("Task_Unbound")
                .camundaDelegateExpression("${noSuchDelegate}")
                .camundaExecutionListenerDelegateExpression("start", "${noSuchListener}")
                .serviceTask("Task_NotADelegate")
                .camundaDelegateExpression("${businessCalendar}")
                .userTask("Task_NoForm")
                .camundaFormRef("no-such-form")
                .camundaDueDate("${noSuchHelper.dueInBusinessDays(1)}")
                .intermediateCatchEvent("Catch_Unsent")
                .message("NobodySendsThis")
                .receiveTask("Receive_Unsent")
                .message("NobodySendsThisEither")
                .intermediateCatchEvent("Catch_Signal")
                .signal("NoSignalSent")
                .userTask("Task_Fine")
                .camundaFormRef("intake-record-consent")
                .camundaDueDate("${businessCalendar.dueInBusinessDays(1)}")
                .intermediateCatchEvent("Catch_Sent")
                .message("ReferralResponse")
                .serviceTask("Task_Bound")
                .camundaDelegateExpression("${recordContactDelegate}")
                .endEvent("End")
                .done();

        assertThat(application.check("broken.bpmn", broken))
                .containsExactlyInAnyOrder(
                        "broken.bpmn Task_Unbound: no delegate or listener bean 'noSuchDelegate'",
                        "broken.bpmn Task_Unbound: no delegate or listener bean 'noSuchListener'",
                        "broken.bpmn Task_NotADelegate: no delegate or listener bean 'businessCalendar'",
                        "broken.bpmn Task_NoForm: no form 'no-such-form' in forms/",
                        "broken.bpmn Task_NoForm: no bean 'noSuchHelper'",
                        "broken.bpmn Catch_Unsent: no code sends message 'NobodySendsThis'",
                        "broken.bpmn Receive_Unsent: no code sends message 'NobodySendsThisEither'",
                        "broken.bpmn Catch_Signal: no code sends signal 'NoSignalSent'");
    }

    /** What the application provides, and the check of one model against it. */
    record Bindings(
            Set<String> delegates,
            Set<String> beans,
            Set<String> sentMessages,
            Set<String> sentSignals,
            Set<String> forms) {

        static Bindings ofApplication() throws Exception {
            Set<String> delegates = new TreeSet<>();
            Set<String> beans = new TreeSet<>();
            var scanner = new ClassPathScanningCandidateComponentProvider(true);
            var registry = new SimpleBeanDefinitionRegistry();
            for (BeanDefinition definition : scanner.findCandidateComponents(OWN_PACKAGE)) {
                Class<?> type = Class.forName(definition.getBeanClassName());
                if (!isMainClass(type)) {
                    continue;
                }
                String name = AnnotationBeanNameGenerator.INSTANCE.generateBeanName(definition, registry);
                beans.add(name);
                if (isDelegate(type)) {
                    delegates.add(name);
                }
                for (Method method : type.getDeclaredMethods()) {
                    Bean bean = method.getAnnotation(Bean.class);
                    if (bean != null) {
                        String beanName = bean.name().length > 0 ? bean.name()[0] : method.getName();
                        beans.add(beanName);
                        if (isDelegate(method.getReturnType())) {
                            delegates.add(beanName);
                        }
                    }
                }
            }
            Set<String> messages = new TreeSet<>();
            Set<String> signals = new TreeSet<>();
            readSentNames(messages, signals);
            Set<String> forms = new TreeSet<>();
            var json = new ObjectMapper();
            try (Stream<Path> files = Files.list(FORMS)) {
                for (Path form :
                        files.filter(path -> path.toString().endsWith(".form")).toList()) {
                    forms.add(json.readTree(form.toFile()).path("id").asText());
                }
            }
            return new Bindings(delegates, beans, messages, signals, forms);
        }

        List<String> check(String file, BpmnModelInstance model) {
            List<String> problems = new ArrayList<>();
            walk(
                    file,
                    ((Document) model.getDocument().getDomSource().getNode()).getDocumentElement(),
                    "(no id)",
                    problems);
            for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
                String where = file + " " + element.getId();
                if (element instanceof UserTask task && task.getCamundaFormRef() != null) {
                    checkForm(where, task.getCamundaFormRef(), problems);
                }
                if (element instanceof StartEvent start && start.getCamundaFormRef() != null) {
                    checkForm(where, start.getCamundaFormRef(), problems);
                }
                if (element instanceof ReceiveTask receive && receive.getMessage() != null) {
                    checkMessage(where, receive.getMessage().getName(), problems);
                }
                if (element instanceof CatchEvent event) {
                    for (var definition : event.getEventDefinitions()) {
                        if (definition instanceof MessageEventDefinition message && message.getMessage() != null) {
                            checkMessage(where, message.getMessage().getName(), problems);
                        }
                        if (definition instanceof SignalEventDefinition signal
                                && signal.getSignal() != null
                                && !sentSignals.contains(signal.getSignal().getName())) {
                            problems.add(where + ": no code sends signal '"
                                    + signal.getSignal().getName() + "'");
                        }
                    }
                }
            }
            return problems;
        }

        /** Delegate expressions and helper calls, on elements and on their listeners, named by the nearest ID. */
        private void walk(String file, Element element, String owner, List<String> problems) {
            String id = element.getAttribute("id");
            String here = id.isEmpty() ? owner : id;
            String where = file + " " + here;
            // on a task: camunda:delegateExpression; on camunda:executionListener or camunda:taskListener: unprefixed
            String delegate = CAMUNDA_NS.equals(element.getNamespaceURI())
                    ? element.getAttribute("delegateExpression")
                    : element.getAttributeNS(CAMUNDA_NS, "delegateExpression");
            if (!delegate.isEmpty()) {
                checkDelegate(where, delegate, problems);
            }
            List<String> texts = new ArrayList<>();
            NamedNodeMap attributes = element.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                texts.add(attributes.item(i).getNodeValue());
            }
            for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child instanceof Element childElement) {
                    walk(file, childElement, here, problems);
                } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                    texts.add(child.getNodeValue());
                }
            }
            texts.forEach(text -> checkHelpers(where, text, problems));
        }

        private void checkDelegate(String where, String expression, List<String> problems) {
            Matcher bean = BEAN_EXPRESSION.matcher(expression.trim());
            if (!bean.matches()) {
                problems.add(where + ": delegate expression is not a bean name: " + expression);
            } else if (!delegates.contains(bean.group(1))) {
                problems.add(where + ": no delegate or listener bean '" + bean.group(1) + "'");
            }
        }

        /** {@code ${name.member…}}: name is the engine's or a bean's. */
        private void checkHelpers(String where, String text, List<String> problems) {
            Matcher expression = EXPRESSION.matcher(text);
            while (expression.find()) {
                Matcher member =
                        MEMBER_OF.matcher(QUOTED.matcher(expression.group(1)).replaceAll("''"));
                while (member.find()) {
                    String name = member.group(1);
                    if (!ENGINE_NAMES.contains(name) && !beans.contains(name)) {
                        problems.add(where + ": no bean '" + name + "'");
                    }
                }
            }
        }

        private void checkForm(String where, String formRef, List<String> problems) {
            if (!forms.contains(formRef)) {
                problems.add(where + ": no form '" + formRef + "' in forms/");
            }
        }

        private void checkMessage(String where, String name, List<String> problems) {
            if (!sentMessages.contains(name)) {
                problems.add(where + ": no code sends message '" + name + "'");
            }
        }

        /**
         * Names sent by src/main: a {@code MESSAGE_…}/{@code SIGNAL_…} constant of a names class used outside its
         * declaration (as {@code ReferralResponses} passes {@code ReferralProcess.MESSAGE_REFERRAL_RESPONSE} to
         * {@code createMessageCorrelation}), or a literal written into the sending call.
         */
        private static void readSentNames(Set<String> messages, Set<String> signals) throws Exception {
            List<Path> sources;
            try (Stream<Path> files = Files.walk(MAIN_SOURCES)) {
                sources =
                        files.filter(path -> path.toString().endsWith(".java")).toList();
            }
            for (Path source : sources) {
                String text = Files.readString(source);
                Matcher constant = NAME_CONSTANT.matcher(text);
                while (constant.find()) {
                    String value = constantValue(sources, constant.group(1), constant.group(2));
                    (constant.group(2).startsWith("MESSAGE_") ? messages : signals).add(value);
                }
                Matcher literal = LITERAL_SEND.matcher(text);
                while (literal.find()) {
                    (literal.group(0).contains("Signal") ? signals : messages).add(literal.group(1));
                }
            }
        }

        private static String constantValue(List<Path> sources, String simpleName, String field) throws Exception {
            Path declaring = sources.stream()
                    .filter(path -> path.getFileName().toString().equals(simpleName + ".java"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no class " + simpleName + " in src/main"));
            String className = MAIN_SOURCES
                    .relativize(declaring)
                    .toString()
                    .replace(".java", "")
                    .replace('/', '.');
            return (String) Class.forName(className).getField(field).get(null);
        }

        private static boolean isDelegate(Class<?> type) {
            return DELEGATE_TYPES.stream().anyMatch(delegateType -> delegateType.isAssignableFrom(type));
        }

        /** Compiled from src/main, not a test's stand-in. */
        private static boolean isMainClass(Class<?> type) {
            var source = type.getProtectionDomain().getCodeSource();
            return source != null && !source.getLocation().toString().contains("test-classes");
        }
    }
}
