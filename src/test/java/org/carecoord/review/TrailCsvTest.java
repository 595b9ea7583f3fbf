package org.carecoord.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class TrailCsvTest {

    @Test
    void cellsAFormulaCouldStartWithAreNeutralised() {
        assertThat(TrailCsv.cell("=1+1")).isEqualTo("'=1+1");
        assertThat(TrailCsv.cell("+1")).isEqualTo("'+1");
        assertThat(TrailCsv.cell("-2")).isEqualTo("'-2");
        assertThat(TrailCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(TrailCsv.cell("\tx")).isEqualTo("'\tx");
        assertThat(TrailCsv.cell("a=1")).isEqualTo("a=1");
        assertThat(TrailCsv.cell("")).isEmpty();
    }

    @Test
    void fieldsWithCommasQuotesOrLineBreaksAreQuotedAndQuotesDoubled() {
        assertThat(TrailCsv.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(TrailCsv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(TrailCsv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(TrailCsv.cell("=a,\"b\"")).isEqualTo("\"'=a,\"\"b\"\"\"");
    }

    @Test
    void aTrailIsAHeaderAndOneCrlfLinePerRow() {
        String csv = TrailCsv.of(List.of(TrailRow.record(
                TrailRow.CASE,
                Instant.parse("2026-12-01T10:00:00Z"),
                "case",
                "Case opened",
                "coordinator",
                "program chronic-care, urgency routine")));

        assertThat(csv)
                .isEqualTo(
                        "time,end,source,kind,process,processInstanceId,what,who,detail\r\n"
                                + "2026-12-01T10:00:00Z,,case,case,,,Case opened,coordinator,\"program chronic-care, urgency routine\"\r\n");
    }
}
