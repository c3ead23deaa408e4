package uk.icr.assessment.eligibility;

/** The areas of wellbeing in Care Act 2014 s1(2). */
public enum WellbeingDomain {
    PERSONAL_DIGNITY("personal dignity"),
    HEALTH("physical and mental health and emotional wellbeing"),
    PROTECTION_FROM_ABUSE("protection from abuse and neglect"),
    CONTROL_OVER_DAILY_LIFE("control over day-to-day life"),
    WORK_EDUCATION_RECREATION("participation in work, education, training or recreation"),
    SOCIAL_AND_ECONOMIC("social and economic wellbeing"),
    RELATIONSHIPS("domestic, family and personal relationships"),
    ACCOMMODATION("suitability of living accommodation"),
    CONTRIBUTION_TO_SOCIETY("the individual's contribution to society");

    private final String words;

    WellbeingDomain(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
