package org.carecoord.document;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;

/** Real small files for the tests, made here: a one-page PDF, a PNG, a JPEG, and things that only look like them. */
final class TestFiles {

    private TestFiles() {}

    static byte[] pdf(String text) {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText(text);
                content.endText();
            }
            var bytes = new ByteArrayOutputStream();
            pdf.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] png() {
        return image("png", BufferedImage.TYPE_INT_ARGB);
    }

    static byte[] jpeg() {
        return image("jpeg", BufferedImage.TYPE_INT_RGB);
    }

    /** Text that starts like a PDF and is none. */
    static byte[] fakePdf() {
        return "%PDF-1.7\nthis is not a PDF at all\n".getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] text() {
        return "Dear colleague, please see the attached.\n".getBytes(StandardCharsets.UTF_8);
    }

    /** A PNG cut off after its header: the signature is right, the picture cannot be decoded. */
    static byte[] truncatedPng() {
        byte[] png = png();
        return Arrays.copyOf(png, 40);
    }

    static String textOf(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] image(String format, int type) {
        BufferedImage image = new BufferedImage(40, 20, type);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.BLUE);
        g.fillRect(5, 5, 30, 10);
        g.dispose();
        try {
            var bytes = new ByteArrayOutputStream();
            ImageIO.write(image, format, bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
