package org.carecoord.demo;

import java.util.List;

import org.carecoord.security.Groups;

/** Demo logins of the embedded default; each password equals the user name. */
final class DemoUsers {

    record DemoUser(String id, String firstName, String lastName, String group) {}

    static final String INTAKE_USER = "coordinator";

    static final List<DemoUser> ALL = List.of(
            new DemoUser("coordinator", "Cora", "Jensen", Groups.COORDINATORS),
            new DemoUser("coordinator2", "Omar", "Haddad", Groups.COORDINATORS),
            new DemoUser("manager", "Maria", "Lopez", Groups.MANAGERS),
            new DemoUser("reviewer", "Rita", "Chen", Groups.REVIEWERS),
            new DemoUser("admin", "Alex", "Admin", Groups.ADMINS),
            new DemoUser("monitor", "Moe", "Nitor", Groups.MONITORING));

    private DemoUsers() {}
}
