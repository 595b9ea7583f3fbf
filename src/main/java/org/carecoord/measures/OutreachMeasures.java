package org.carecoord.measures;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.carecoord.measures.Measures.Figure;
import org.springframework.stereotype.Component;

/**
 * Outreach: contacts due (every "Outreach contact" task, one per attempt, by its due date) against those made (the
 * task completed), per the case's risk tier when the task was created (its latest assessment by then, else the
 * case's tier); and the unable-to-reach rate of the contact attempts recorded in the month.
 */
@Component
class OutreachMeasures {

    static final List<String> TIERS = List.of("low", "medium", "high");
    static final String UNKNOWN_TIER = "unknown";

    private final OutreachHistory history;
    private final MeasuresRepository repository;

    OutreachMeasures(OutreachHistory history, MeasuresRepository repository) {
        this.history = history;
        this.repository = repository;
    }

    List<Figure> figures(Instant start, Instant end, MeasuresRequest request) {
        List<OutreachHistory.Due> due = history.dueBetween(start, end);
        Set<String> numbers = new HashSet<>();
        due.forEach(d -> numbers.add(d.caseNumber()));
        Map<String, MeasuresRepository.CaseFacts> cases = repository.casesByNumber(numbers);
        List<MeasuresRepository.Tier> tiers = repository.tiers(cases.values().stream()
                .map(MeasuresRepository.CaseFacts::caseId)
                .toList());
        Map<String, long[]> byTier = new LinkedHashMap<>();
        TIERS.forEach(t -> byTier.put(t, new long[2]));
        for (OutreachHistory.Due d : due) {
            var facts = cases.get(d.caseNumber());
            if (facts == null || !matches(facts, request)) {
                continue;
            }
            long[] counts = byTier.computeIfAbsent(tierAt(facts, tiers, d.createdAt()), t -> new long[2]);
            counts[0]++;
            if (d.made()) {
                counts[1]++;
            }
        }
        List<Figure> figures = new ArrayList<>();
        byTier.forEach((tier, counts) ->
                figures.add(Figure.share(Measures.OUTREACH, "contacts-made-of-due", tier, counts[1], counts[0])));
        var attempts = repository.contacts(start, end, request);
        long unreached = attempts.stream().filter(c -> !c.reached()).count();
        figures.add(Figure.share(Measures.OUTREACH, "unable-to-reach", null, unreached, attempts.size()));
        return figures;
    }

    private static boolean matches(MeasuresRepository.CaseFacts facts, MeasuresRequest request) {
        return (request.program() == null || request.program().equals(facts.program()))
                && (request.coordinator() == null || request.coordinator().equals(facts.coordinator()));
    }

    private static String tierAt(
            MeasuresRepository.CaseFacts facts, List<MeasuresRepository.Tier> tiers, Instant moment) {
        String tier = null;
        for (MeasuresRepository.Tier t : tiers) {
            if (t.caseId() == facts.caseId() && !t.completedAt().isAfter(moment)) {
                tier = t.riskTier();
            }
        }
        if (tier == null) {
            tier = facts.riskTier();
        }
        return tier == null ? UNKNOWN_TIER : tier;
    }
}
