package org.carecoord.document;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.carecoord.demo.DemoCaseParts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo case between outreach contacts (DemoData's episodes part: Walter Brooks) gets a few documents: a
 * discharge letter (PDF), a photo of his insurance card (PNG) and the printout of his care plan — generated here,
 * uploaded through the same service as any upload. Loaded once, all or nothing, under its own marker.
 */
@Component
@Order(33)
@ConditionalOnProperty(name = "carecoord.demo.enabled", havingValue = "true")
class DemoDocuments implements ApplicationRunner {

    static final String MARKER = "documents-v1";
    private static final Logger log = LoggerFactory.getLogger(DemoDocuments.class);

    private final DemoCaseParts demoCase;
    private final DocumentService documents;
    private final CarePlanPrintouts printouts;

    DemoDocuments(DemoCaseParts demoCase, DocumentService documents, CarePlanPrintouts printouts) {
        this.demoCase = demoCase;
        this.documents = documents;
        this.printouts = printouts;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demoCase.loadOnce(MARKER, found -> load(found.id(), found.coordinator()))) {
            log.info("Loaded the demo documents");
        }
    }

    private void load(long caseId, String user) {
        upload(
                caseId,
                DocumentKind.DISCHARGE_LETTER,
                "Discharge letter, County General",
                "discharge-letter.pdf",
                letter(),
                user);
        upload(caseId, DocumentKind.INSURANCE_CARD, "Insurance card (front)", "insurance-card.png", card(), user);
        printouts
                .latestVersion(caseId)
                .flatMap(version -> printouts.of(caseId, version))
                .ifPresent(plan -> upload(
                        caseId,
                        DocumentKind.CARE_PLAN_PRINTOUT,
                        "Care plan as given to the patient",
                        "care-plan.pdf",
                        CarePlanPdf.render(plan),
                        user));
    }

    private void upload(long caseId, DocumentKind kind, String title, String fileName, byte[] content, String user) {
        documents.upload(new DocumentService.Upload(caseId, kind, title, fileName, content), user);
    }

    private static byte[] letter() {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            pdf.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(pdf, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD), 16);
                text.newLineAtOffset(60, 700);
                text.showText("County General Hospital - Discharge letter (demo)");
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                text.newLineAtOffset(0, -30);
                text.showText("Follow up with your primary care provider within 7 days.");
                text.newLineAtOffset(0, -18);
                text.showText("Bring this letter and all your medicines to the visit.");
                text.endText();
            }
            var bytes = new ByteArrayOutputStream();
            pdf.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] card() {
        BufferedImage image = new BufferedImage(340, 214, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(new Color(0xe8f0fe));
            g.fillRect(0, 0, 340, 214);
            g.setColor(new Color(0x1a3d7c));
            g.fillRect(0, 0, 340, 44);
            // bars for the printed lines (no text: a headless server may have no fonts)
            g.setColor(Color.WHITE);
            g.fillRect(16, 14, 170, 16);
            g.setColor(Color.DARK_GRAY);
            for (int line = 0; line < 3; line++) {
                g.fillRect(16, 80 + line * 28, 220 - line * 40, 10);
            }
            g.setColor(new Color(0x1a3d7c));
            g.fillOval(270, 150, 44, 44);
        } finally {
            g.dispose();
        }
        try {
            var bytes = new ByteArrayOutputStream();
            ImageIO.write(image, "png", bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
