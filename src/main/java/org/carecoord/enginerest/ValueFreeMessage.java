package org.carecoord.enginerest;

import java.util.regex.Pattern;

/**
 * A 4xx message from the engine or engine REST without the values it quotes. Camunda puts a submitted value in
 * quotes after "value" ("Cannot convert value 'abc' of type 'Integer' …", "… to value 'x'") and names Java classes
 * in full; what remains (variable, parameter and type names, the rule) tells the caller what to fix. A message that
 * quotes SQL is replaced entirely.
 */
final class ValueFreeMessage {

    private static final Pattern QUOTED_VALUE = Pattern.compile("(?i)\\b(values?)\\s+(['\"]).*?\\2");
    private static final Pattern JAVA_CLASS = Pattern.compile("\\b(?:[a-z_][a-z0-9_]*\\.){2,}([A-Z]\\w*)");
    private static final Pattern SQL = Pattern.compile(
            "(?i)###|\\bSQL\\b|\\b(insert into|update \\w+ set|select .+ " + "from)\\b|constraint|\\bERROR:");
    private static final int MAX = 500;

    private ValueFreeMessage() {}

    static String of(String message) {
        if (message == null || message.isBlank()) {
            return "The request was refused.";
        }
        if (SQL.matcher(message).find()) {
            return "The request was refused by a data rule.";
        }
        String clean = JAVA_CLASS
                .matcher(QUOTED_VALUE.matcher(message).replaceAll("$1 (not shown)"))
                .replaceAll("$1");
        return clean.length() <= MAX ? clean : clean.substring(0, MAX) + "…";
    }
}
