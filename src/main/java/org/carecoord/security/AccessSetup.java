package org.carecoord.security;

import org.carecoord.tasks.TasklistFilters;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At every start: groups, grants and Tasklist filters. Outside the demo, the administrator account is created from
 * CARECOORD_ADMIN_PASSWORD, and the application refuses to start without a usable one.
 */
@Component
@Order(10)
class AccessSetup implements ApplicationRunner {

    static final int MIN_ADMIN_PASSWORD_LENGTH = 12;
    static final String ADMIN_USER = "admin";

    private final IdentitySetup identity;
    private final TasklistFilters filters;
    private final boolean demo;
    private final String adminPassword;

    AccessSetup(
            IdentitySetup identity,
            TasklistFilters filters,
            @Value("${carecoord.demo.enabled:false}") boolean demo,
            @Value("${carecoord.identity.admin-password:}") String adminPassword) {
        this.identity = identity;
        this.filters = filters;
        this.demo = demo;
        this.adminPassword = adminPassword;
        if (!demo && adminPassword.length() < MIN_ADMIN_PASSWORD_LENGTH) {
            throw new IllegalStateException("CARECOORD_ADMIN_PASSWORD must be set to a password of at least "
                    + MIN_ADMIN_PASSWORD_LENGTH + " characters: it creates the '" + ADMIN_USER
                    + "' account on first start");
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        identity.createGroupsAndGrants();
        filters.createOrUpdate();
        if (!demo) {
            identity.user(ADMIN_USER, "CareCoord", "Administrator", null, adminPassword, Groups.ADMINS);
        }
    }
}
