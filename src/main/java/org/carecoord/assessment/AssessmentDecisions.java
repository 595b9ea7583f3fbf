package org.carecoord.assessment;

/** Public contract of the assessment decisions: keys (processes/&lt;key&gt;.dmn) and input/output variable names. */
public final class AssessmentDecisions {

    // Decision keys. A variable whose constant would clash with a key's takes the suffix _VAR.
    public static final String PHQ9_SEVERITY = "phq9-severity";
    public static final String GAD7_SEVERITY = "gad7-severity";
    public static final String LACE_RISK = "lace-risk";
    public static final String KATZ_ADL = "katz-adl";
    public static final String HRSN_NEEDS = "hrsn-needs";
    public static final String RISK_TIER = "risk-tier";

    // phq9-severity
    public static final String PHQ9_TOTAL = "phq9Total";
    public static final String PHQ9_ITEM9 = "phq9Item9";
    public static final String PHQ9_SEVERITY_VAR = "phq9Severity";
    public static final String PHQ9_SAFETY_CONCERN = "phq9SafetyConcern";

    // gad7-severity
    public static final String GAD7_TOTAL = "gad7Total";
    public static final String GAD7_SEVERITY_VAR = "gad7Severity";

    // lace-risk
    public static final String LENGTH_OF_STAY_DAYS = "lengthOfStayDays";
    public static final String ACUTE_ADMISSION = "acuteAdmission";
    public static final String CHARLSON_INDEX = "charlsonIndex";
    public static final String ED_VISITS_6M = "edVisits6m";
    public static final String LACE_SCORE = "laceScore";
    public static final String READMISSION_RISK = "readmissionRisk";

    // katz-adl
    public static final String ADL_INDEPENDENT_COUNT = "adlIndependentCount";
    public static final String ADL_FUNCTION = "adlFunction";

    // hrsn-needs
    public static final String LIVING_SITUATION = "livingSituation";
    public static final String HOUSING_PROBLEMS = "housingProblems";
    public static final String FOOD_WORRY = "foodWorry";
    public static final String FOOD_RAN_OUT = "foodRanOut";
    public static final String TRANSPORTATION_BARRIER = "transportationBarrier";
    public static final String UTILITY_SHUTOFF_THREAT = "utilityShutoffThreat";
    public static final String SAFETY_HURT = "safetyHurt";
    public static final String SAFETY_INSULT = "safetyInsult";
    public static final String SAFETY_THREATEN = "safetyThreaten";
    public static final String SAFETY_SCREAM = "safetyScream";
    public static final String HOUSING_NEED = "housingNeed";
    public static final String FOOD_NEED = "foodNeed";
    public static final String TRANSPORTATION_NEED = "transportationNeed";
    public static final String UTILITY_NEED = "utilityNeed";
    public static final String SAFETY_NEED = "safetyNeed";
    public static final String SDOH_NEED_COUNT = "sdohNeedCount";

    // risk-tier (its inputs are the outputs above)
    public static final String RISK_TIER_VAR = "riskTier";
    public static final String CONTACT_INTERVAL_DAYS = "contactIntervalDays";
    public static final String PLAN_APPROVAL_REQUIRED = "planApprovalRequired";

    private AssessmentDecisions() {}
}
