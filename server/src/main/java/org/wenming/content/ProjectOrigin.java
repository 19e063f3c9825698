package org.wenming.content;

/** Whether a brand project continues an existing programme (原有) or was newly cultivated (新培育). */
public enum ProjectOrigin {
    ORIGINAL("原有"),
    NEW("新培育");

    private final String label;

    ProjectOrigin(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
