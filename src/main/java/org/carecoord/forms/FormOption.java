package org.carecoord.forms;

/** One option of a list a form offers ({@link OptionLists}): the value submitted and the label the user reads. */
public interface FormOption {

    String code();

    String label();
}
