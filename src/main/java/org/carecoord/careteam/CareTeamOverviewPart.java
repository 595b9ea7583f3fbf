package org.carecoord.careteam;

import org.carecoord.cases.CareCase;
import org.carecoord.cases.CaseOverviewPart;
import org.springframework.stereotype.Component;

/** The case overview's care team: the coordinator, then active and inactive members. */
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

    @Override
    public Object of(CareCase careCase) {
        return team.of(careCase);
    }
}
