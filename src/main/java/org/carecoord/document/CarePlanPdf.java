package org.carecoord.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The printed care plan: one or more US Letter pages, large type, the patient's goals, what will be done and by
 * whom, and who to call. Standard PDF fonts (nothing embedded, nothing fetched); a character they cannot show is
 * printed as "?" rather than failing the printout.
 */
final class CarePlanPdf {

    private static final float MARGIN = 60;
    private static final float BODY = 13;
    private static final float HEADING = 17;
    private static final float TITLE = 24;
    private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    private final PDDocument pdf = new PDDocument();
    private PDPageContentStream page;
    private float y;

    private CarePlanPdf() {}

    static byte[] render(CarePlanPrintouts.Printout plan) {
        PrintTexts texts = PrintTexts.forLanguage(plan.preferredLanguage());
        boolean fellBack = texts == null;
        if (fellBack) {
            texts = PrintTexts.ENGLISH;
        }
        DateTimeFormatter dates =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(texts.locale());
        CarePlanPdf out = new CarePlanPdf();
        try {
            out.newPage();
            out.line(BOLD, TITLE, texts.title(), 0);
            out.space(6);
            if (fellBack) {
                out.paragraph(BOLD, BODY, PrintTexts.FALLBACK_NOTE.formatted(plan.preferredLanguage()), 0);
                out.space(6);
            }
            out.paragraph(REGULAR, BODY, texts.forPatient().formatted(plan.patientName()), 0);
            out.paragraph(
                    REGULAR, BODY, texts.planVersion().formatted(plan.version(), dates.format(plan.createdOn())), 0);
            if (!"active".equals(plan.status())) {
                out.paragraph(BOLD, BODY, texts.notCurrent(), 0);
            }
            out.space(6);
            out.paragraph(REGULAR, BODY, texts.intro(), 0);

            out.heading(texts.goals());
            if (plan.goals().isEmpty()) {
                out.paragraph(REGULAR, BODY, texts.noGoals(), 0);
            }
            for (var goal : plan.goals()) {
                out.paragraph(BOLD, BODY, "\u2022 " + goal.description(), 0);
                if (goal.measure() != null) {
                    out.paragraph(REGULAR, BODY, texts.howWeKnow().formatted(goal.measure()), 14);
                }
                if (goal.targetDate() != null) {
                    out.paragraph(REGULAR, BODY, texts.goalBy().formatted(date(dates, goal.targetDate())), 14);
                }
                out.space(4);
            }

            out.heading(texts.actions());
            if (plan.actions().isEmpty()) {
                out.paragraph(REGULAR, BODY, texts.noActions(), 0);
            }
            for (var action : plan.actions()) {
                String when = action.dueDate() == null
                        ? ""
                        : ", " + texts.actionBy().formatted(date(dates, action.dueDate()));
                out.paragraph(REGULAR, BODY, "\u2022 " + action.action(), 0);
                out.paragraph(REGULAR, BODY, texts.responsibleWords(action.responsible()) + when, 14);
                out.space(4);
            }

            out.heading(texts.whoToCall());
            if (plan.coordinatorName() != null) {
                out.paragraph(BOLD, BODY, texts.coordinator().formatted(plan.coordinatorName()), 0);
            }
            out.paragraph(BOLD, BODY, texts.phone().formatted(plan.contactPhone()), 0);
            for (var member : plan.team()) {
                String who =
                        member.organisation() == null ? member.name() : member.name() + ", " + member.organisation();
                out.paragraph(REGULAR, BODY, who + ": " + member.phone(), 0);
            }
            out.space(4);
            out.paragraph(REGULAR, BODY, texts.whenToCall(), 0);

            PDDocumentInformation info = out.pdf.getDocumentInformation();
            info.setTitle(texts.title());
            info.setCreator("CareCoord");
            return out.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("the care plan could not be printed", e);
        }
    }

    private static String date(DateTimeFormatter dates, LocalDate date) {
        return dates.format(date);
    }

    private void heading(String text) throws IOException {
        space(10);
        line(BOLD, HEADING, text, 0);
        space(2);
    }

    private void paragraph(PDFont font, float size, String text, float indent) throws IOException {
        for (String line :
                wrap(font, size, printable(font, text), PDRectangle.LETTER.getWidth() - 2 * MARGIN - indent)) {
            line(font, size, line, indent);
        }
    }

    private void line(PDFont font, float size, String text, float indent) throws IOException {
        float height = size * 1.4f;
        if (y - height < MARGIN) {
            newPage();
        }
        y -= height;
        page.beginText();
        page.setFont(font, size);
        page.newLineAtOffset(MARGIN + indent, y);
        page.showText(printable(font, text));
        page.endText();
    }

    private void space(float points) {
        y -= points;
    }

    private void newPage() throws IOException {
        if (page != null) {
            page.close();
        }
        PDPage next = new PDPage(PDRectangle.LETTER);
        pdf.addPage(next);
        page = new PDPageContentStream(pdf, next);
        y = PDRectangle.LETTER.getHeight() - MARGIN;
    }

    private byte[] finish() throws IOException {
        page.close();
        var bytes = new ByteArrayOutputStream();
        pdf.save(bytes);
        pdf.close();
        return bytes.toByteArray();
    }

    private static List<String> wrap(PDFont font, float size, String text, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\\R")) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" +")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** The text with every character the font cannot show (and every control character) as "?". */
    private static String printable(PDFont font, String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            String ch = new String(Character.toChars(c));
            boolean shown;
            try {
                shown = !Character.isISOControl(c) && font.encode(ch).length > 0;
            } catch (IOException | IllegalArgumentException e) {
                shown = false;
            }
            out.append(shown ? ch : "?");
        });
        return out.toString();
    }
}
