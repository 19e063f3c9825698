package org.wenming.content;

/**
 * DRAFT → SUBMITTED → (review levels) → APPROVED → PUBLISHED or SCHEDULED → OFFLINE; a rejection leaves
 * the item REJECTED, which is edited and submitted again like a draft.
 */
enum ContentStatus {
    DRAFT("草稿"),
    SUBMITTED("待审核"),
    REJECTED("已退回"),
    APPROVED("审核通过"),
    SCHEDULED("定时发布"),
    PUBLISHED("已发布"),
    OFFLINE("已下线");

    private final String label;

    ContentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Statuses whose content any editor in scope may change; others need a reviewer or are locked. */
    public boolean isEditableByEditor() {
        return this == DRAFT || this == REJECTED || this == OFFLINE;
    }
}
