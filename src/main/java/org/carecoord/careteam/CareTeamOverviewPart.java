package org.carecoord.careteam;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.carecoord.cases.CareCase;
import org.carecoord.cases.CaseOverviewPart;
import org.springframework.stereotype.Component;

/** The case overview's care team: the coordinator, then active and inactive members; and the roles. */
@Component
class CareTeamOverviewPart implements CaseOverviewPart {

    private final CareTeam team;

    CareTeamOverviewPart(CareTeam team) {
        this.team = team;
    }

    @Override
    public String section() {
        return "careTeam";
    }

    /** The team, and the roles a member can be given (the Case tab's form offers them). */
    record Section(List<CareTeamMember> members, List<Map<String, String>> roles) {}

    @Override
    public Object of(CareCase careCase) {
        return new Section(
                team.of(careCase),
                Arrays.stream(CareTeamRole.values())
                        .map(r -> Map.of("code", r.code(), "label", r.label()))
                        .toList());
    }
}
