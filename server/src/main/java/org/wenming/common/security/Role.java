package org.wenming.common.security;

/** What an administrator may do; where they may do it is their org unit's subtree. */
public enum Role {
    ADMIN("管理员"),
    REVIEWER("审核员"),
    EDITOR("编辑");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
