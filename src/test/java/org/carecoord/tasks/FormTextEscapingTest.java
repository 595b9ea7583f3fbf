package org.carecoord.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class FormTextEscapingTest {

    private static final String IMG = "<img src=x onerror=alert(1)>";

    @Test
    void escapedTextHasNoMarkupOrMarkdownLeftAndReadsAsWritten() {
        String escaped = FormTextEscaping.escape(IMG + " **bold** [link](https://x) {{caseNumber}} `code`\n# h");

        assertThat(escaped.replaceAll("&#\\d+;", ""))
                .doesNotContain("<", ">", "*", "[", "{", "`", "#", "&", "://")
                .contains("img src")
                .contains("\n");
        assertThat(unescape(escaped)).isEqualTo(IMG + " **bold** [link](https://x) {{caseNumber}} `code`\n# h");
        assertThat(FormTextEscaping.escape("José Núñez 42")).isEqualTo("José Núñez 42");
        assertThat(FormTextEscaping.escape("CC-2026-000020, November 30, 2026 (St. Mary's)"))
                .isEqualTo("CC-2026-000020, November 30, 2026 (St. Mary's)");
        assertThat(FormTextEscaping.escape("see WWW.example.org")).isEqualTo("see WWW&#46;example.org");
    }

    @Test
    void aFormShowsOnlyTheVariablesOfItsTextTemplatesThatAreNotItsFields() throws Exception {
        var form = new ObjectMapper().readTree(new File("forms/transitional-care-contact.form"));

        assertThat(FormTextEscaping.shownOnly(form))
                .contains("hospitalFacility", "caseNumber")
                .doesNotContain("tcmReached", "tcmChannel", "tcmNote", "if", "then");
    }

    @Test
    void aTemplateExpressionNamesItsVariablesButNotItsStrings() throws Exception {
        var form = new ObjectMapper().readTree("""
                {"id": "f", "type": "default", "components": [
                  {"type": "text", "text": "{{if reason = \\"a b\\" then \\"x\\" else reason}} {{note}}"},
                  {"type": "group", "components": [{"type": "textarea", "key": "note"}]}]}""");

        assertThat(FormTextEscaping.shownOnly(form)).containsExactly("reason");
    }

    private static String unescape(String text) {
        Matcher entity = Pattern.compile("&#(\\d+);").matcher(text);
        StringBuilder out = new StringBuilder();
        while (entity.find()) {
            entity.appendReplacement(
                    out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(entity.group(1)))));
        }
        return entity.appendTail(out).toString();
    }
}
