package org.carecoord.cases;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.carecoord.security.Groups;
import org.springframework.stereotype.Component;

/** The members of group coordinators, from the engine's identity service. */
@Component
class CoordinatorDirectory {

    private final IdentityService identityService;

    CoordinatorDirectory(IdentityService identityService) {
        this.identityService = identityService;
    }

    List<String> coordinatorIds() {
        return identityService.createUserQuery().memberOfGroup(Groups.COORDINATORS).list().stream()
                .map(User::getId)
                .toList();
    }
}
