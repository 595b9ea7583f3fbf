package org.carecoord.review;

import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.carecoord.access.AccessBasis;
import org.carecoord.audit.AuditLog;
import org.carecoord.audit.AuditRecord;
import org.carecoord.calendar.BusinessCalendarProperties;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Care episodes, running and finished, for reviewers and managers: the list Cockpit does not have (it shows running
 * instances only). Case numbers, codes, user ids and dates only: no patient details. Every call is audited.
 */
@RestController
class EpisodesController {

    static final String PATH = "/api/episodes";

    /** One episode as the list shows it; {@code status} is running or closed, {@code caseStatus} the case's own. */
    record Episode(
            long caseId,
            String caseNumber,
            String program,
            String coordinator,
            String stage,
            String status,
            boolean instanceRunning,
            String caseStatus,
            String dischargeReason,
            Instant startedAt,
            Instant endedAt) {}

    record EpisodePage(long total, int page, int size, List<Episode> episodes) {}

    private final EpisodeRepository episodes;
    private final EpisodeStages stages;
    private final ReviewerCheck reviewers;
    private final AuditLog audit;
    private final BusinessCalendarProperties calendar;

    EpisodesController(
            EpisodeRepository episodes,
            EpisodeStages stages,
            ReviewerCheck reviewers,
            AuditLog audit,
            BusinessCalendarProperties calendar) {
        this.episodes = episodes;
        this.stages = stages;
        this.reviewers = reviewers;
        this.audit = audit;
        this.calendar = calendar;
    }

    @GetMapping(PATH)
    EpisodePage list(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String program,
            @RequestParam(required = false) String coordinator,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) String caseNumber,
            @RequestParam(required = false) String page,
            @RequestParam(required = false) String size,
            Authentication user,
            HttpServletRequest request) {
        AccessBasis basis = reviewers.basis(user);
        audit.record(new AuditRecord(
                user.getName(),
                null,
                null,
                AuditRecord.EPISODE_LIST,
                "GET " + PATH,
                basis.code(),
                basis != AccessBasis.NONE,
                request.getRemoteAddr(),
                null));
        reviewers.require(basis);
        EpisodeFilter filter = EpisodeFilter.parse(
                from, to, status, program, coordinator, reason, caseNumber, page, size, calendar.zone());
        List<Episode> rows = episodes.page(filter).stream().map(this::episode).toList();
        return new EpisodePage(episodes.count(filter), filter.page(), filter.size(), rows);
    }

    private Episode episode(EpisodeRepository.Row row) {
        EpisodeStages.Stage stage = stages.of(row.processInstanceId(), row.caseNumber());
        boolean open = "planned".equals(row.caseStatus()) || "active".equals(row.caseStatus());
        return new Episode(
                row.caseId(),
                row.caseNumber(),
                row.program(),
                row.coordinator(),
                stage.name(),
                open ? "running" : "closed",
                stage.running(),
                row.caseStatus(),
                open ? null : row.statusReason(),
                row.openedAt(),
                row.closedAt() != null ? row.closedAt() : stage.endedAt());
    }
}
