package org.carecoord.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.util.HtmlUtils;

/**
 * What a browser shows when a page fails — e.g. a coordinator following a link into Cockpit (403), an old bookmark
 * (404) — instead of Spring's "Whitelabel Error Page": CareCoord's page, what happened in a user's words, and the way
 * back to their tasks. Programs asking for JSON keep problem+json; nothing of the request is echoed.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErrorPages implements ErrorViewResolver {

    private record Page(String title, String text) {}

    private static final Page FORBIDDEN = new Page(
            "You may not open this page",
            "Your role does not include this "
                    + "page. Coordinators work in Tasklist; Cockpit is for care managers and reviewers. If your work needs it, "
                    + "ask a care manager.");
    private static final Page NOT_FOUND = new Page(
            "Page not found",
            "There is no such page, or it has moved. Check the address, or start again from your tasks.");
    private static final Page CLIENT_ERROR = new Page(
            "This request cannot be answered", "The page could not be shown for this request. Go back and try again.");
    private static final Page SERVER_ERROR = new Page(
            "Something went wrong",
            "The page could not be shown; nothing "
                    + "you entered was saved by this request. Try again in a minute; if it keeps happening, tell your "
                    + "administrator the time it happened.");

    private static final String HTML = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>CareCoord · %1$s</title>
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <style>
            body { font-family: system-ui, sans-serif; margin: 4rem auto; max-width: 36rem; padding: 0 1rem; color: #222; }
            h1 { font-size: 1.4rem; } a { color: #0b5cad; }
            </style>
            </head>
            <body>
            <h1>%1$s</h1>
            <p>%2$s</p>
            <p><a href="/camunda/app/tasklist/">Go to your tasks</a> · <a href="/camunda/app/welcome/">All CareCoord pages</a></p>
            </body>
            </html>
            """;

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        Page text = status == HttpStatus.FORBIDDEN
                ? FORBIDDEN
                : status == HttpStatus.NOT_FOUND ? NOT_FOUND : status.is4xxClientError() ? CLIENT_ERROR : SERVER_ERROR;
        View view = (viewModel, viewRequest, response) -> {
            response.setContentType("text/html;charset=UTF-8");
            response.getOutputStream()
                    .write(HTML.formatted(HtmlUtils.htmlEscape(text.title()), HtmlUtils.htmlEscape(text.text()))
                            .getBytes(StandardCharsets.UTF_8));
        };
        var page = new ModelAndView(view);
        page.setStatus(status);
        return page;
    }
}
