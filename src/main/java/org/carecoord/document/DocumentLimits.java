package org.carecoord.document;

import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.carecoord.web.UploadLimit;

/**
 * How large a document may be ({@code carecoord.documents.max-bytes}); its upload request may be that plus 64 KB
 * for the multipart framing, the kind and the title. Only {@code POST /api/cases/{caseId}/documents} takes one.
 */
record DocumentLimits(long maxBytes) implements UploadLimit {

    static final long FRAMING_BYTES = 64 * 1024;
    private static final Pattern UPLOAD_PATH = Pattern.compile("/api/cases/[0-9]{1,18}/documents");

    @Override
    public boolean covers(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return "POST".equals(request.getMethod()) && UPLOAD_PATH.matcher(path).matches();
    }

    @Override
    public long maxRequestBytes() {
        return maxBytes + FRAMING_BYTES;
    }
}
