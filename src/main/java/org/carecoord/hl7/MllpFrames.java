package org.carecoord.hl7;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * MLLP framing (HL7 v2 minimal lower layer protocol): a message is sent as 0x0B, the message, 0x1C 0x0D. Read with a
 * size cap, so a sender that never ends its frame cannot fill the memory; text is UTF-8 (ASCII is a subset).
 */
final class MllpFrames {

    static final int START_BLOCK = 0x0B;
    static final int END_BLOCK = 0x1C;
    static final int CARRIAGE_RETURN = 0x0D;

    private MllpFrames() {}

    /** Thrown when a frame is broken or too large; the connection is closed, the listener goes on. */
    static final class FrameException extends IOException {
        FrameException(String message) {
            super(message);
        }
    }

    /** The next message, or null when the sender closed the connection between messages. */
    static String read(InputStream in, int maxBytes) throws IOException {
        int b;
        do {
            b = in.read();
            if (b == -1) {
                return null;
            }
        } while (b != START_BLOCK); // bytes between frames (e.g. a stray newline) are skipped
        var message = new ByteArrayOutputStream();
        while (true) {
            b = in.read();
            if (b == -1) {
                throw new EOFException("connection closed inside an MLLP frame");
            }
            if (b == END_BLOCK) {
                int next = in.read();
                if (next != CARRIAGE_RETURN && next != -1) {
                    throw new FrameException("MLLP end block not followed by a carriage return");
                }
                return message.toString(StandardCharsets.UTF_8);
            }
            if (message.size() >= maxBytes) {
                throw new FrameException("MLLP frame larger than " + maxBytes + " bytes");
            }
            message.write(b);
        }
    }

    static void write(OutputStream out, String message) throws IOException {
        out.write(START_BLOCK);
        out.write(message.getBytes(StandardCharsets.UTF_8));
        out.write(END_BLOCK);
        out.write(CARRIAGE_RETURN);
        out.flush();
    }
}
