package org.wenming.org;

/** Levels of the banner's organisation tree: 旗 → 苏木乡镇 / 街道 / 旗直部门 → 嘎查村 / 社区. */
public enum OrgUnitType {
    BANNER("旗"),
    TOWNSHIP("苏木乡镇"),
    SUBDISTRICT("街道"),
    DEPARTMENT("旗直部门"),
    VILLAGE("嘎查村"),
    COMMUNITY("社区");

    private final String label;

    OrgUnitType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
