package uk.icr.assessment.eligibility;

/** The specified outcomes of the Care and Support (Eligibility Criteria) Regulations 2015, reg 2(2). */
public enum Outcome {
    NUTRITION("managing and maintaining nutrition"),
    PERSONAL_HYGIENE("maintaining personal hygiene"),
    TOILET_NEEDS("managing toilet needs"),
    APPROPRIATELY_CLOTHED("being appropriately clothed"),
    HOME_SAFETY("being able to make use of the home safely"),
    HABITABLE_HOME("maintaining a habitable home environment"),
    RELATIONSHIPS("developing and maintaining family or other personal relationships"),
    WORK_TRAINING_EDUCATION_VOLUNTEERING("accessing and engaging in work, training, education or volunteering"),
    COMMUNITY_FACILITIES("making use of necessary facilities or services in the local community"),
    CARING_FOR_CHILD("carrying out any caring responsibilities the adult has for a child");

    private final String words;

    Outcome(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
