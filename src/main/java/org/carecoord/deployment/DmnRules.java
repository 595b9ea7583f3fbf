package org.carecoord.deployment;

import java.util.Locale;
import java.util.Set;

import org.carecoord.deployment.ModelChecker.Attribute;
import org.carecoord.deployment.ModelChecker.Element;

/**
 * What a DMN model may use: FEEL only (the engine's default), so no JUEL, script or Java reaches a decision; and no
 * FEEL function that binds to Java ({@code function(..) external {java: ..}}).
 */
final class DmnRules implements ModelChecker.Rules {

    static final String LANGUAGE = "only FEEL is allowed as expressionLanguage or typeLanguage";
    static final String FEEL_EXTERNAL = "FEEL external functions are not allowed";

    private static final Set<String> FEEL = Set.of(
            "feel",
            "http://www.omg.org/spec/feel/20140401",
            "http://www.omg.org/spec/dmn/20180521/feel/",
            "https://www.omg.org/spec/dmn/20191111/feel/",
            "https://www.omg.org/spec/dmn/20211108/feel/",
            "https://www.omg.org/spec/dmn/20230324/feel/");

    @Override
    public void element(Element element, Set<String> broken) {
        for (Attribute attribute : element.attributes()) {
            boolean language = "expressionLanguage".equals(attribute.name()) || "typeLanguage".equals(attribute.name());
            if (language && !FEEL.contains(attribute.value().strip().toLowerCase(Locale.ROOT))) {
                broken.add(LANGUAGE);
            }
        }
    }

    @Override
    public void text(Element element, String text, Set<String> broken) {
        if ("text".equals(element.name()) && mentionsExternal(text)) {
            broken.add(FEEL_EXTERNAL);
        }
    }

    /** True if the FEEL text has the keyword {@code external} outside string literals. */
    static boolean mentionsExternal(String feel) {
        StringBuilder word = new StringBuilder();
        boolean inString = false;
        for (int i = 0; i < feel.length(); i++) {
            char c = feel.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
                continue;
            }
            if (Character.isLetterOrDigit(c) || c == '_') {
                word.append(c);
                continue;
            }
            if ("external".equals(word.toString())) {
                return true;
            }
            word.setLength(0);
            inString = c == '"';
        }
        return "external".contentEquals(word);
    }
}
