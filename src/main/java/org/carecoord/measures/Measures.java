package org.carecoord.measures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** What {@code GET /api/measures} answers: the request as understood and, per month, every figure. */
record Measures(String from, String to, String program, String coordinator, String zone, List<Month> months) {

    record Month(String month, List<Figure> figures) {}

    /**
     * One figure of one month. A share has numerator, denominator and value = numerator ÷ denominator (4 places;
     * null when the denominator is 0); a median has the count it is taken over as denominator; a count has it as
     * numerator and value. {@code breakdown} names the risk tier, coordinator or reason where a figure has one row
     * per such value, else null.
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Figure(String group, String measure, String breakdown, Long numerator, Long denominator, BigDecimal value) {

        static Figure share(String group, String measure, String breakdown, long numerator, long denominator) {
            BigDecimal value = denominator == 0
                    ? null
                    : BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 4, RoundingMode.HALF_UP);
            return new Figure(group, measure, breakdown, numerator, denominator, value);
        }

        static Figure count(String group, String measure, String breakdown, long count) {
            return new Figure(group, measure, breakdown, count, null, BigDecimal.valueOf(count));
        }
    }

    static final String TRANSITIONAL_CARE = "transitional-care";
    static final String REFERRALS = "referrals";
    static final String CHRONIC_CARE = "chronic-care-management";
    static final String OUTREACH = "outreach";
    static final String CASELOAD = "caseload";
    static final String DISCHARGES = "discharges";
}
