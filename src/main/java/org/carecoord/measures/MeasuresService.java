package org.carecoord.measures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.carecoord.calendar.BusinessCalendar;
import org.carecoord.calendar.BusinessCalendarProperties;
import org.carecoord.measures.Measures.Figure;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes every figure of every month of a request. Each figure is attributed to the month of its event's date in
 * the business calendar's zone: the hospital discharge date, the referral's opening, the contact, the outreach
 * task's due date, the month's end (caseload) or the episode's closing.
 */
@Service
@Transactional(readOnly = true)
class MeasuresService {

    static final int CCM_MINUTES = 20;
    static final String NO_REASON = "(no reason given)";

    private final MeasuresRepository repository;
    private final OutreachMeasures outreach;
    private final CaseloadMeasures caseload;
    private final BusinessCalendar calendar;
    private final ZoneId zone;

    MeasuresService(
            MeasuresRepository repository,
            OutreachMeasures outreach,
            CaseloadMeasures caseload,
            BusinessCalendar calendar,
            BusinessCalendarProperties calendarProperties) {
        this.repository = repository;
        this.outreach = outreach;
        this.caseload = caseload;
        this.calendar = calendar;
        this.zone = calendarProperties.zone();
    }

    ZoneId zone() {
        return zone;
    }

    Measures measures(MeasuresRequest request) {
        List<Measures.Month> months = new ArrayList<>();
        for (YearMonth month : request.months()) {
            Instant start = month.atDay(1).atStartOfDay(zone).toInstant();
            Instant end = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
            List<Figure> figures = new ArrayList<>();
            figures.addAll(transitionalCare(month, request));
            figures.addAll(referrals(start, end, request));
            figures.addAll(chronicCare(start, end, request));
            figures.addAll(outreach.figures(start, end, request));
            figures.addAll(caseload.figures(end, request));
            figures.addAll(discharges(start, end, request));
            months.add(new Measures.Month(month.toString(), figures));
        }
        return new Measures(
                request.from().toString(),
                request.to().toString(),
                request.program(),
                request.coordinator(),
                zone.getId(),
                months);
    }

    /** Discharges in the month; contact = reached by the end of the 2nd business day after the discharge date. */
    private List<Figure> transitionalCare(YearMonth month, MeasuresRequest request) {
        var stays = repository.stays(month.atDay(1), month.plusMonths(1).atDay(1), request);
        long contacted = stays.stream()
                .filter(s -> "reached".equals(s.contactOutcome()) && s.contactDoneAt() != null)
                .filter(s -> !s.contactDoneAt()
                        .isAfter(calendar.endOfBusinessDay(calendar.addBusinessDays(s.dischargedOn(), 2))
                                .toInstant()))
                .count();
        long within7 = stays.stream().filter(s -> visitWithin(s, 7)).count();
        long within14 = stays.stream().filter(s -> visitWithin(s, 14)).count();
        long reconciled = stays.stream()
                .filter(s -> s.faceToFaceOn() != null && s.medicationReconciledAt() != null)
                .filter(s ->
                        !LocalDate.ofInstant(s.medicationReconciledAt(), zone).isAfter(s.faceToFaceOn()))
                .count();
        long n = stays.size();
        String g = Measures.TRANSITIONAL_CARE;
        return List.of(
                Figure.share(g, "contact-within-2-business-days", null, contacted, n),
                Figure.share(g, "face-to-face-within-7-days", null, within7, n),
                Figure.share(g, "face-to-face-within-14-days", null, within14, n),
                Figure.share(g, "medication-reconciled-by-visit", null, reconciled, n));
    }

    private static boolean visitWithin(MeasuresRepository.Stay stay, int days) {
        return stay.faceToFaceOn() != null && ChronoUnit.DAYS.between(stay.dischargedOn(), stay.faceToFaceOn()) <= days;
    }

    /** Referrals opened (and sent) in the month; closed = completed, failed or cancelled; unmet = cancelled. */
    private List<Figure> referrals(Instant start, Instant end, MeasuresRequest request) {
        var sent = repository.sentReferrals(start, end, request);
        var closed = sent.stream().filter(r -> r.closedAt() != null).toList();
        List<Double> days = closed.stream()
                .map(r -> Duration.between(r.createdAt(), r.closedAt()).toMinutes() / (24.0 * 60))
                .sorted()
                .toList();
        var unmet = sent.stream().filter(r -> "cancelled".equals(r.status())).toList();
        String g = Measures.REFERRALS;
        List<Figure> figures = new ArrayList<>();
        figures.add(Figure.share(g, "loop-closure", null, closed.size(), sent.size()));
        figures.add(new Figure(g, "median-days-to-close", null, null, (long) days.size(), median(days)));
        figures.add(Figure.share(g, "unmet", null, unmet.size(), sent.size()));
        Map<String, Long> reasons = unmet.stream()
                .collect(Collectors.groupingBy(
                        r -> r.statusReason() == null || r.statusReason().isBlank()
                                ? NO_REASON
                                : r.statusReason().strip(),
                        TreeMap::new,
                        Collectors.counting()));
        reasons.forEach((reason, count) -> figures.add(Figure.share(g, "unmet-reason", reason, count, unmet.size())));
        return figures;
    }

    /** Patient-months: cases with a contact recorded in the month; met when their minutes add up to 20 or more. */
    private List<Figure> chronicCare(Instant start, Instant end, MeasuresRequest request) {
        Map<Long, Integer> minutes = repository.contacts(start, end, request).stream()
                .collect(Collectors.groupingBy(
                        MeasuresRepository.Contact::caseId,
                        Collectors.summingInt(MeasuresRepository.Contact::minutesSpent)));
        long met = minutes.values().stream().filter(m -> m >= CCM_MINUTES).count();
        return List.of(
                Figure.share(Measures.CHRONIC_CARE, "patient-months-with-20-minutes", null, met, minutes.size()));
    }

    /** Closed episodes in the month by discharge reason: count ÷ all closed that month. */
    private List<Figure> discharges(Instant start, Instant end, MeasuresRequest request) {
        var closed = repository.discharges(start, end, request);
        Map<String, Long> byReason = closed.stream()
                .collect(Collectors.groupingBy(
                        MeasuresRepository.Discharge::reason, TreeMap::new, Collectors.counting()));
        List<Figure> figures = new ArrayList<>();
        figures.add(Figure.count(Measures.DISCHARGES, "episodes-closed", null, closed.size()));
        byReason.forEach((reason, count) -> figures.add(
                Figure.share(Measures.DISCHARGES, "episodes-closed-by-reason", reason, count, closed.size())));
        return figures;
    }

    static BigDecimal median(List<Double> sorted) {
        if (sorted.isEmpty()) {
            return null;
        }
        int middle = sorted.size() / 2;
        double median = sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
        return BigDecimal.valueOf(median).setScale(1, RoundingMode.HALF_UP);
    }
}
