package org.carecoord.document;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

import org.springframework.web.util.UriUtils;

/**
 * The name an uploaded file is kept and offered under: no directories, no control or format characters (e.g. a
 * right-to-left override that makes "gpj.exe" read "exe.jpg"), no characters that break a header, at most 200
 * characters, and ending in the extension of its real type. Only ever shown; never used to store or type a file.
 */
final class FileNames {

    static final int MAX_LENGTH = 200;

    private FileNames() {}

    static String sanitise(String uploaded, DocumentType type) {
        String name = uploaded == null ? "" : Normalizer.normalize(uploaded, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder clean = new StringBuilder();
        name.codePoints().forEach(c -> {
            int kind = Character.getType(c);
            boolean hidden = Character.isISOControl(c)
                    || kind == Character.FORMAT
                    || kind == Character.SURROGATE
                    || kind == Character.PRIVATE_USE
                    || kind == Character.UNASSIGNED
                    || kind == Character.LINE_SEPARATOR
                    || kind == Character.PARAGRAPH_SEPARATOR;
            if (!hidden) {
                clean.appendCodePoint("\"*:<>?|;".indexOf(c) >= 0 ? '_' : c);
            }
        });
        String base = clean.toString().strip().replaceAll("^\\.+", "");
        int dot = base.lastIndexOf('.');
        if (dot > 0) {
            base = base.substring(0, dot);
        }
        base = base.strip();
        if (base.isEmpty()) {
            base = "document";
        }
        String extension = "." + type.extension();
        if (base.length() + extension.length() > MAX_LENGTH) {
            int cut = MAX_LENGTH - extension.length();
            base = base.substring(0, Character.isHighSurrogate(base.charAt(cut - 1)) ? cut - 1 : cut);
        }
        return base + extension;
    }

    /**
     * {@code attachment} with the name twice (RFC 6266): plain ASCII for old clients, UTF-8 for the others. The
     * sanitised name has no quote, backslash or control character to escape.
     */
    static String attachment(String fileName) {
        String ascii = fileName.chars()
                .map(c -> c < 0x20 || c > 0x7e ? '_' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + UriUtils.encode(fileName, StandardCharsets.UTF_8);
    }
}
