package org.carecoord.document;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Tells a document's type from its bytes: the signature at its start (PDF, PNG, JPEG), and then that it really is
 * one — a PDF must open with PDFBox and have a page, an image must decode. Anything else is refused, whatever the
 * file is called. Images over {@link #MAX_PIXELS} are refused before they are decoded (a small file can declare a
 * huge picture).
 */
final class ContentCheck {

    static final long MAX_PIXELS = 50_000_000L;

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};

    private ContentCheck() {}

    /** The document's type, or empty if the content is not a readable PDF, PNG or JPEG. */
    static Optional<DocumentType> typeOf(byte[] content) {
        if (startsWith(content, PDF)) {
            return opensAsPdf(content) ? Optional.of(DocumentType.PDF) : Optional.empty();
        }
        if (startsWith(content, PNG)) {
            return decodes(content, "png") ? Optional.of(DocumentType.PNG) : Optional.empty();
        }
        if (startsWith(content, JPEG)) {
            return decodes(content, "jpeg") ? Optional.of(DocumentType.JPEG) : Optional.empty();
        }
        return Optional.empty();
    }

    private static boolean opensAsPdf(byte[] content) {
        try (PDDocument pdf = Loader.loadPDF(content)) {
            return pdf.getNumberOfPages() > 0;
        } catch (IOException | RuntimeException e) {
            return false; // not a PDF, damaged, or locked with a password: nobody could read it here either
        }
    }

    private static boolean decodes(byte[] content, String format) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
            if (in == null || !readers.hasNext()) {
                return false;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
                    return false;
                }
                BufferedImage image = reader.read(0);
                return image != null && image.getWidth() > 0;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] content, byte[] signature) {
        if (content.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if (content[i] != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
