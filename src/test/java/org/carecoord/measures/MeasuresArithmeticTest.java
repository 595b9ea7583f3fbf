package org.carecoord.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

class MeasuresArithmeticTest {

    @Test
    void balanceIsThePopulationStandardDeviationOverTheMean() {
        // mean 2, deviations ±1 → 1 ÷ 2
        assertThat(CaseloadMeasures.coefficientOfVariation(new long[] {3, 1})).isEqualByComparingTo("0.5");
        // mean 3, variance (9 + 0 + 9) / 3 = 6 → √6 ÷ 3 = 0.8165
        assertThat(CaseloadMeasures.coefficientOfVariation(new long[] {0, 3, 6}))
                .isEqualByComparingTo("0.816");
        assertThat(CaseloadMeasures.coefficientOfVariation(new long[] {4, 4, 4}))
                .isEqualByComparingTo("0");
        assertThat(CaseloadMeasures.coefficientOfVariation(new long[] {0, 0})).isNull();
        assertThat(CaseloadMeasures.coefficientOfVariation(new long[] {})).isNull();
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertThat(MeasuresService.median(List.of(1.0, 1.5, 2.0, 5.0, 10.0))).isEqualByComparingTo("2.0");
        assertThat(MeasuresService.median(List.of(1.5, 2.0, 5.0, 9.96))).isEqualByComparingTo("3.5");
        assertThat(MeasuresService.median(List.of())).isNull();
    }

    @Test
    void aShareIsRoundedToFourPlacesAndNullWithoutADenominator() {
        assertThat(Measures.Figure.share("g", "m", null, 2, 3).value()).isEqualTo(new BigDecimal("0.6667"));
        assertThat(Measures.Figure.share("g", "m", null, 0, 0).value()).isNull();
    }

    @Test
    void monthsDefaultToTheTwelveUpToNow() {
        MeasuresRequest request = MeasuresRequest.parse(null, null, " ", null, YearMonth.of(2031, 3));
        assertThat(request.from()).isEqualTo(YearMonth.of(2030, 4));
        assertThat(request.months()).hasSize(12).last().isEqualTo(YearMonth.of(2031, 3));
        assertThat(MeasuresRequest.parse("2031-01", null, null, null, YearMonth.of(2026, 1))
                        .to())
                .isEqualTo(YearMonth.of(2031, 12));
    }

    @Test
    void everyBadParameterIsNamed() {
        assertThatThrownBy(() -> MeasuresRequest.parse("2031-00", "2031-1", "x", "a b", YearMonth.of(2031, 1)))
                .isInstanceOfSatisfying(
                        MeasuresRequest.Invalid.class,
                        e -> assertThat(e.errors)
                                .extracting(error -> error.field())
                                .containsExactly("from", "to", "program", "coordinator"));
    }
}
