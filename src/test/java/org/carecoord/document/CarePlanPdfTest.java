package org.carecoord.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class CarePlanPdfTest {

    private static CarePlanPrintouts.Printout plan(String language, String status) {
        return new CarePlanPrintouts.Printout(
                "Ana Ruiz",
                language,
                2,
                status,
                LocalDate.of(2026, 11, 3),
                List.of(new CarePlanPrintouts.GoalLine(
                        "Enough food every week", "no skipped meals", LocalDate.of(2027, 1, 15))),
                List.of(new CarePlanPrintouts.ActionLine(
                        "Enrol in the county food pantry", "patient", LocalDate.of(2026, 12, 1))),
                "Cora Jensen",
                "+1 555 0100",
                List.of(new CarePlanPrintouts.TeamLine("Dr. Anita Shah", "Eastside Family Practice", "+1 555 0142")));
    }

    @Test
    void theEnglishPrintoutOpensAndSaysTheGoalsWhatWillBeDoneAndWhoToCall() {
        String text = TestFiles.textOf(CarePlanPdf.render(plan("en", "active")));
        assertThat(text)
                .contains(
                        "Your care plan",
                        "For: Ana Ruiz",
                        "Your goals",
                        "Enough food every week",
                        "How we will know: no skipped meals",
                        "What will be done",
                        "Enrol in the county food pantry",
                        "You, by December 1, 2026",
                        "Who to call",
                        "Your care coordinator: Cora Jensen",
                        "Phone: +1 555 0100",
                        "Dr. Anita Shah, Eastside Family Practice: +1 555 0142")
                .doesNotContain("not the plan in use", "English because");
    }

    @Test
    void aSpanishSpeakingPatientGetsTheSpanishTemplate() {
        String text = TestFiles.textOf(CarePlanPdf.render(plan("es-MX", "active")));
        assertThat(text)
                .contains(
                        "Su plan de cuidado",
                        "Sus metas",
                        "Enough food every week",
                        "Lo que se hará",
                        "Usted, para el 1 de diciembre de 2026",
                        "A quién llamar",
                        "Teléfono: +1 555 0100")
                .doesNotContain("Your goals");
    }

    @Test
    void aLanguageWithoutATemplateFallsBackToEnglishAndSaysSo() {
        String text = TestFiles.textOf(CarePlanPdf.render(plan("vi", "active")));
        assertThat(text).contains("We have no printed plan in your language (vi) yet", "Your goals");
    }

    @Test
    void anOlderVersionSaysItIsNotTheCurrentPlan() {
        assertThat(TestFiles.textOf(CarePlanPdf.render(plan("en", "revoked"))))
                .contains("this version is not the plan in use now");
    }

    @Test
    void characterTheFontCannotShowArePrintedAsQuestionMarksNotFailures() {
        var plan = plan("en", "active");
        var withEmoji = new CarePlanPrintouts.Printout(
                plan.patientName(),
                "en",
                1,
                "active",
                plan.createdOn(),
                List.of(new CarePlanPrintouts.GoalLine("Walk daily \uD83D\uDEB6 with 李", null, null)),
                List.of(),
                null,
                plan.contactPhone(),
                List.of());
        assertThat(TestFiles.textOf(CarePlanPdf.render(withEmoji))).contains("Walk daily ? with ?");
    }
}
