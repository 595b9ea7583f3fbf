package org.carecoord.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * An API endpoint that takes file uploads (multipart), and how large its requests may be. {@link RequestSizeLimit}
 * gives the requests it covers this cap instead of the JSON one, and refuses multipart bodies everywhere else.
 */
public interface UploadLimit {

    boolean covers(HttpServletRequest request);

    long maxRequestBytes();
}
