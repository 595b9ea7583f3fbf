package org.carecoord.support;

import static org.carecoord.support.Browser.literal;

import java.io.IOException;

import org.openqa.selenium.By;

/** The real Cockpit in headless Chromium: log in, open a page from the top navigation (CareCoord's plugins too). */
public final class Cockpit implements AutoCloseable {

    private static final String ERROR_ALERTS = ".alert-danger";

    private final Browser browser;

    private Cockpit(Browser browser) {
        this.browser = browser;
    }

    public static Cockpit open(int port, String name) throws IOException {
        return new Cockpit(Browser.open("http://localhost:" + port + "/camunda/app/cockpit/", name, ERROR_ALERTS));
    }

    public void logIn(String user, String password) {
        browser.signIn(user, password);
        browser.find(
                "Cockpit's top navigation after logging in as " + user,
                By.cssSelector("[cam-widget-header] .sections-menu a"));
        // the dashboard's first calls ran with the session the login replaced; once it shows, the new one is in use
        browser.waitForText("Deployed");
    }

    /** Clicks the top-navigation link with this text and waits until the browser has left the page it was on. */
    public void openNavigation(String label) {
        String before = browser.driver().getCurrentUrl();
        browser.click(
                "navigation " + label,
                By.xpath("//*[@cam-widget-header]//*[contains(@class," + "'sections-menu')]//a[normalize-space()="
                        + literal(label) + "]"));
        browser.await("the page of " + label, d -> d.getCurrentUrl().equals(before) ? null : true);
    }

    public Browser browser() {
        return browser;
    }

    @Override
    public void close() throws IOException {
        browser.close();
    }
}
