package org.carecoord.tasks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.carecoord.variables.Var;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The one place where free text reaches a Tasklist form. A form's {@code text} components fill {@code {{variable}}}
 * into Markdown, which form-js renders as HTML (raw HTML included; its sanitizer keeps e.g. {@code <img src>}), so a
 * facility named {@code <img src=x onerror=…>} would become an element. As each task is created, every variable its
 * form only shows (used in a text template, not a field of that form) gets a task-local, escaped copy: the form
 * renders it as text, while the process and the case record keep the value as entered. Fields are left alone, so what
 * a user submits is never the escaped copy.
 */
@Component
class FormTextEscaping {

    private static final Pattern TEMPLATE = Pattern.compile("\\{\\{(.*?)}}", Pattern.DOTALL);
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final String MARKUP = "<>&`*_[]!#~|\\{}:";
    private static final Set<String> FEEL_WORDS = Set.of(
            "if",
            "then",
            "else",
            "and",
            "or",
            "not",
            "null",
            "true",
            "false",
            "for",
            "in",
            "return",
            "some",
            "every",
            "satisfies");

    /**
     * Form id → the variables the form shows as text but does not have as a field. Any process's variable may be
     * shown, whatever its type, so each is read as the engine holds it and only text is escaped.
     */
    private final Map<String, List<Var<Object>>> shownOnly;

    FormTextEscaping() {
        this(load());
    }

    FormTextEscaping(Map<String, Set<String>> shownOnly) {
        this.shownOnly = shownOnly.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(
                        Map.Entry::getKey,
                        form -> form.getValue().stream()
                                .map(name -> Var.of(name, Object.class))
                                .toList()));
    }

    @EventListener(condition = "#task.eventName == 'create'")
    public void onCreate(DelegateTask task) {
        UserTask userTask = task.getBpmnModelElementInstance();
        if (userTask == null || userTask.getCamundaFormRef() == null) {
            return;
        }
        for (Var<Object> shown : shownOnly.getOrDefault(userTask.getCamundaFormRef(), List.of())) {
            if (shown.get(task) instanceof String text) {
                String escaped = escape(text);
                if (!escaped.equals(text)) {
                    shown.setLocal(task, escaped);
                }
            }
        }
    }

    /**
     * Text that Markdown and HTML both show as written: the characters that make a tag, an entity, emphasis, code, a
     * link or image, a heading, a table or a template become numeric character references, as do the ':' of a URL
     * and the '.' of "www." (GFM makes both a link). Others ('-', '.', ',', '(', quotes, …) stay, so a case number, a
     * date or a plain name is unchanged and gets no task-local copy (Tasklist's list shows the case number).
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean wwwDot = c == '.' && i >= 3 && text.regionMatches(true, i - 3, "www", 0, 3);
            if (MARKUP.indexOf(c) >= 0 || wwwDot) {
                out.append("&#").append((int) c).append(';');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** What each form shows: template names in its text components, minus its own field keys. */
    static Set<String> shownOnly(JsonNode form) {
        Set<String> shown = new HashSet<>();
        Set<String> fields = new HashSet<>();
        form.findParents("type").forEach(component -> {
            if (component.hasNonNull("key")) {
                fields.add(component.get("key").asText());
            }
            if ("text".equals(component.path("type").asText())) {
                Matcher template = TEMPLATE.matcher(component.path("text").asText());
                while (template.find()) {
                    Matcher name = NAME.matcher(template.group(1).replaceAll("\"[^\"]*\"", ""));
                    while (name.find()) {
                        shown.add(name.group());
                    }
                }
            }
        });
        shown.removeAll(FEEL_WORDS);
        shown.removeAll(fields);
        return shown;
    }

    private static Map<String, Set<String>> load() {
        ObjectMapper json = new ObjectMapper();
        Map<String, Set<String>> forms = new HashMap<>();
        try {
            for (Resource resource :
                    new PathMatchingResourcePatternResolver().getResources("classpath*:forms/*.form")) {
                try (var in = resource.getInputStream()) {
                    JsonNode form = json.readTree(in);
                    forms.put(form.path("id").asText(), shownOnly(form));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the forms", e);
        }
        return Map.copyOf(forms);
    }
}
