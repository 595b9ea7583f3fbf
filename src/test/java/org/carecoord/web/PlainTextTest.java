package org.carecoord.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.carecoord.web.PlainText.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlainTextTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Ann",
                "O'Neil-Smith",
                "José Ñúñez",
                "李小龍",
                "Zoë 😀",
                "<img src=x onerror=alert(1)>",
                "' OR 1=1 --",
                ""
            })
    void namesInAnyScriptAndEvenMarkupArePlainText(String name) {
        assertThat(Validator.isPlain(name, false)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Ann\u0000",
                "Ann\nBcc: x",
                "Ann\t",
                "\u001b[31mAnn",
                "Ann\u007f",
                "Ann\u0085",
                "Ann\ud800",
                "\udc00Ann",
                "Ann\ud83d",
                "Ann\u2028",
                "Ann\uffff"
            })
    void controlCharactersAndLoneSurrogatesAreNot(String name) {
        assertThat(Validator.isPlain(name, false)).isFalse();
    }

    @Test
    void aMultiLineNoteKeepsLineBreaksAndTabsButNothingElse() {
        assertThat(Validator.isPlain("first line\r\nsecond\tline", true)).isTrue();
        assertThat(Validator.isPlain("first line\r\nsecond\u0000line", true)).isFalse();
        assertThat(Validator.isPlain("bell\u0007", true)).isFalse();
        assertThat(Validator.isPlain(null, false)).isTrue();
    }
}
