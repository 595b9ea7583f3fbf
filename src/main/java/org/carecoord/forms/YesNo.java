package org.carecoord.forms;

/** A plain yes/no question ({@link OptionLists#YES_NO}); the codes are what the forms stored before. */
public enum YesNo implements FormOption {
    YES("yes", "Yes"),
    NO("no", "No");

    private final String code;
    private final String label;

    YesNo(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }
}
