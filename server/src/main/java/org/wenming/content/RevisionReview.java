package org.wenming.content;

/**
 * Where a revision of a published item stands in its review. Ordinary revisions (every save of an item
 * that is not live) have none: they are the item's text at once.
 */
enum RevisionReview {
    /** Waiting for review; residents keep seeing the live version. */
    PENDING("待审核"),
    /** Passed the last review level and replaced the live version. */
    APPROVED("审核通过"),
    REJECTED("已退回"),
    WITHDRAWN("已撤回"),
    /** Replaced by a newer edit before its review ended; the newer edit is reviewed instead. */
    SUPERSEDED("已被新修改替换");

    private final String label;

    RevisionReview(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
