package org.carecoord.cases;

/**
 * One section of a case's overview (the Tasklist "Case" tab), contributed by the feature that owns that part of
 * the record and read with that feature's own queries. The overview asks every part; access was checked before.
 */
public interface CaseOverviewPart {

    /** The section's key in the overview, e.g. {@code carePlan}. */
    String section();

    /** The section's content for the case (null: nothing recorded yet). */
    Object of(CareCase careCase);
}
