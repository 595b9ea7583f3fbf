package org.carecoord.measures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.carecoord.measures.Measures.Figure;
import org.carecoord.security.EngineAsApplication;
import org.carecoord.security.Groups;
import org.springframework.stereotype.Component;

/**
 * Open cases per coordinator at the month's end (every member of group coordinators, 0 included, and anyone else
 * who holds open cases), and their balance as the coefficient of variation: population standard deviation ÷ mean.
 */
@Component
class CaseloadMeasures {

    private final MeasuresRepository repository;
    private final IdentityService identity;

    CaseloadMeasures(MeasuresRepository repository, IdentityService identity) {
        this.repository = repository;
        this.identity = identity;
    }

    List<Figure> figures(Instant monthEnd, MeasuresRequest request) {
        Map<String, Long> counts = new TreeMap<>(repository.openCasesAt(monthEnd, request));
        if (request.coordinator() != null) {
            counts.putIfAbsent(request.coordinator(), 0L);
        } else {
            coordinators().forEach(id -> counts.putIfAbsent(id, 0L));
        }
        List<Figure> figures = new ArrayList<>();
        counts.forEach((coordinator, cases) ->
                figures.add(Figure.count(Measures.CASELOAD, "open-cases-at-month-end", coordinator, cases)));
        figures.add(new Figure(
                Measures.CASELOAD,
                "balance-coefficient-of-variation",
                null,
                null,
                (long) counts.size(),
                coefficientOfVariation(
                        counts.values().stream().mapToLong(Long::longValue).toArray())));
        return figures;
    }

    private List<String> coordinators() {
        return EngineAsApplication.call(
                identity,
                () -> identity.createUserQuery().memberOfGroup(Groups.COORDINATORS).list().stream()
                        .map(User::getId)
                        .toList());
    }

    /** Population standard deviation ÷ mean, 3 places; null without coordinators or cases. */
    static BigDecimal coefficientOfVariation(long[] values) {
        if (values.length == 0) {
            return null;
        }
        double mean = 0;
        for (long v : values) {
            mean += v;
        }
        mean /= values.length;
        if (mean == 0) {
            return null;
        }
        double variance = 0;
        for (long v : values) {
            variance += (v - mean) * (v - mean);
        }
        variance /= values.length;
        return BigDecimal.valueOf(Math.sqrt(variance) / mean).setScale(3, RoundingMode.HALF_UP);
    }
}
