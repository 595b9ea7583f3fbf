package org.carecoord.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells whoever started the application where to go, once, when it is ready. */
@Component
class StartupBanner {

    private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

    private final boolean demo;

    StartupBanner(@Value("${carecoord.demo.enabled:false}") boolean demo) {
        this.demo = demo;
    }

    @EventListener
    void onReady(ApplicationReadyEvent event) {
        String port = event.getApplicationContext().getEnvironment().getProperty("local.server.port", "8080");
        String base = "http://localhost:" + port;
        StringBuilder text = new StringBuilder("\n\nCareCoord is ready.\n")
                .append("  Tasklist (coordinators): ")
                .append(base)
                .append("/camunda/app/tasklist/\n")
                .append("  Cockpit (reviewers, managers): ")
                .append(base)
                .append("/camunda/app/cockpit/\n")
                .append("  Admin: ")
                .append(base)
                .append("/camunda/app/admin/\n")
                .append("  API: ")
                .append(base)
                .append("/api  ·  engine REST: ")
                .append(base)
                .append("/engine-rest\n");
        if (demo) {
            text.append("  Demo logins (password = user name): ");
            DemoUsers.ALL.forEach(
                    u -> text.append(u.id()).append(" (").append(u.group()).append(")  "));
            text.append('\n');
        }
        log.info(text.toString());
    }
}
