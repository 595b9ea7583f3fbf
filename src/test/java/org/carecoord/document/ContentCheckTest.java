package org.carecoord.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.zip.CRC32;

import org.junit.jupiter.api.Test;

class ContentCheckTest {

    @Test
    void aRealPdfPngAndJpegAreToldByTheirContent() {
        assertThat(ContentCheck.typeOf(TestFiles.pdf("hello"))).contains(DocumentType.PDF);
        assertThat(ContentCheck.typeOf(TestFiles.png())).contains(DocumentType.PNG);
        assertThat(ContentCheck.typeOf(TestFiles.jpeg())).contains(DocumentType.JPEG);
    }

    @Test
    void textIsRefusedWhateverItWouldBeCalled() {
        assertThat(ContentCheck.typeOf(TestFiles.text())).isEmpty();
        assertThat(ContentCheck.typeOf(new byte[0])).isEmpty();
    }

    @Test
    void aPdfSignatureOnSomethingThatDoesNotOpenIsRefused() {
        assertThat(ContentCheck.typeOf(TestFiles.fakePdf())).isEmpty();
    }

    @Test
    void anImageThatDoesNotDecodeIsRefused() {
        assertThat(ContentCheck.typeOf(TestFiles.truncatedPng())).isEmpty();
        byte[] jpegStart = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 0x10, 'J', 'F', 'I', 'F'};
        assertThat(ContentCheck.typeOf(jpegStart)).isEmpty();
    }

    @Test
    void aSmallPngDeclaringAHugePictureIsRefusedBeforeItIsDecoded() throws IOException {
        assertThat(ContentCheck.typeOf(pngHeaderOnly(100_000, 100_000))).isEmpty();
    }

    /** A PNG signature and an IHDR chunk (with a correct CRC) declaring the given size, and no pixels. */
    private static byte[] pngHeaderOnly(int width, int height) throws IOException {
        var bytes = new ByteArrayOutputStream();
        var out = new DataOutputStream(bytes);
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        var chunk = new ByteArrayOutputStream();
        var data = new DataOutputStream(chunk);
        data.writeBytes("IHDR");
        data.writeInt(width);
        data.writeInt(height);
        data.write(new byte[] {8, 2, 0, 0, 0});
        byte[] typeAndData = chunk.toByteArray();
        out.writeInt(typeAndData.length - 4);
        out.write(typeAndData);
        CRC32 crc = new CRC32();
        crc.update(typeAndData);
        out.writeInt((int) crc.getValue());
        return bytes.toByteArray();
    }
}
