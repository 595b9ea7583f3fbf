package org.carecoord.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Collectors;

/**
 * Cookies as a browser keeps them for {@code http://localhost}: it counts as a secure context, so the production
 * profile's {@code Secure} session and XSRF cookies are sent back there, which Java's cookie handler refuses to do.
 */
public final class LocalCookies {

    private final CookieManager store = new CookieManager();

    /** Remembers the response's cookies. */
    public <T> HttpResponse<T> keep(HttpResponse<T> response) {
        try {
            store.put(response.uri(), response.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return response;
    }

    /** Adds every cookie kept to the request, as the browser would on localhost. */
    public HttpRequest.Builder send(HttpRequest.Builder request) {
        String cookies = store.getCookieStore().getCookies().stream()
                .map(cookie -> cookie.getName() + "=" + cookie.getValue())
                .collect(Collectors.joining("; "));
        return cookies.isEmpty() ? request : request.header("Cookie", cookies);
    }

    public String value(String name) {
        return store.getCookieStore().getCookies().stream()
                .filter(cookie -> name.equals(cookie.getName()))
                .map(HttpCookie::getValue)
                .reduce((first, last) -> last)
                .orElse("");
    }
}
