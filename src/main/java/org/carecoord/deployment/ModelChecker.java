package org.carecoord.deployment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Checks one deployment resource before the engine parses it: BPMN and DMN element by element ({@link BpmnRules},
 * {@link DmnRules}), Camunda Forms as JSON, anything else refused. Returns every rule broken, each once per element.
 */
final class ModelChecker {

    static final String RESOURCE_TYPE = "only .bpmn, .dmn and .form resources may be deployed";
    static final String DOCTYPE = "DOCTYPE and ENTITY declarations are not allowed";
    static final String NOT_XML = "the resource is not well-formed XML";
    static final String FORM_JSON = "a form must be a JSON object (Camunda Forms)";

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** What a rule set sees of one element. */
    interface Rules {
        void element(Element element, Set<String> broken);

        void text(Element element, String text, Set<String> broken);
    }

    /** An element being read: its name, attributes, and the id to report (its own or its nearest ancestor's). */
    record Element(String namespace, String name, List<Attribute> attributes, String reportedId) {}

    record Attribute(String namespace, String name, String value) {}

    private final Predicate<String> delegateBeans;

    ModelChecker(Predicate<String> delegateBeans) {
        this.delegateBeans = delegateBeans;
    }

    List<Violation> check(String resourceName, byte[] content) {
        String name = resourceName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml")) {
            return xml(content, new BpmnRules(delegateBeans));
        }
        if (name.endsWith(".dmn") || name.endsWith(".dmn11.xml")) {
            return xml(content, new DmnRules());
        }
        if (name.endsWith(".form")) {
            return form(content);
        }
        return List.of(Violation.ofResource(RESOURCE_TYPE));
    }

    private static List<Violation> form(byte[] content) {
        try {
            if (JSON.readTree(content) instanceof ObjectNode) {
                return List.of();
            }
        } catch (IOException e) {
            // reported below, without the parser's message (it quotes the content)
        }
        return List.of(Violation.ofResource(FORM_JSON));
    }

    private static List<Violation> xml(byte[] content, Rules rules) {
        List<Violation> violations = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        Deque<Open> open = new ArrayDeque<>();
        XMLStreamReader reader = null;
        try {
            reader = factory().createXMLStreamReader(new ByteArrayInputStream(content));
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.DTD
                        || event == XMLStreamConstants.ENTITY_REFERENCE
                        || event == XMLStreamConstants.ENTITY_DECLARATION) {
                    violations.add(new Violation(
                            open.isEmpty() ? null : open.peek().element.reportedId(),
                            DOCTYPE,
                            reader.getLocation().getLineNumber(),
                            reader.getLocation().getColumnNumber()));
                    return violations;
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    Element element = element(
                            reader, open.isEmpty() ? null : open.peek().element.reportedId());
                    Open current = new Open(
                            element,
                            reader.getLocation().getLineNumber(),
                            reader.getLocation().getColumnNumber());
                    open.push(current);
                    Set<String> broken = new LinkedHashSet<>();
                    rules.element(element, broken);
                    current.broken.addAll(broken);
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                    if (!open.isEmpty()) {
                        open.peek().text.append(reader.getText());
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    Open done = open.pop();
                    rules.text(done.element, done.text.toString(), done.broken);
                    for (String rule : done.broken) {
                        if (seen.add(done.element.reportedId() + "\n" + rule)) {
                            violations.add(new Violation(done.element.reportedId(), rule, done.line, done.column));
                        }
                    }
                }
            }
        } catch (XMLStreamException e) {
            violations.add(Violation.ofResource(NOT_XML));
        } finally {
            close(reader);
        }
        return violations;
    }

    private static Element element(XMLStreamReader reader, String parentId) {
        List<Attribute> attributes = new ArrayList<>();
        String id = null;
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            String namespace = reader.getAttributeNamespace(i);
            String name = reader.getAttributeLocalName(i);
            attributes.add(new Attribute(namespace == null ? "" : namespace, name, reader.getAttributeValue(i)));
            if ((namespace == null || namespace.isEmpty()) && "id".equals(name)) {
                id = reader.getAttributeValue(i);
            }
        }
        String namespace = reader.getNamespaceURI();
        return new Element(
                namespace == null ? "" : namespace,
                reader.getLocalName(),
                attributes,
                id != null ? abbreviate(id) : parentId);
    }

    private static String abbreviate(String id) {
        return id.length() <= 80 ? id : id.substring(0, 80) + "…";
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        // never read a DTD or an external entity: a DOCTYPE is reported, and the resource refused, instead
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException e) {
                // nothing left to read
            }
        }
    }

    private static final class Open {
        final Element element;
        final int line;
        final int column;
        final StringBuilder text = new StringBuilder();
        final Set<String> broken = new LinkedHashSet<>();

        Open(Element element, int line, int column) {
            this.element = element;
            this.line = line;
            this.column = column;
        }
    }
}
