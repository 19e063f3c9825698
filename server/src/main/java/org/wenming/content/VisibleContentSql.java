package org.wenming.content;

/**
 * The visibility rule of public reads as SQL over the {@code content} table, written once: {@link
 * PublishedContent#visible} builds on it, and the mappers that need the rule in their own {@code @Select}
 * (search, media visibility, the public-read cache's window) concatenate these constants. Fragments that
 * depend on time read the parameter {@code #{now}}.
 */
public final class VisibleContentSql {

    /** Published and not deleted: what belongs in the search index, which filters by window at query time. */
    public static final String PUBLISHED = "status = 'PUBLISHED' AND deleted = 0";

    /** Inside the window {@code [publishAt, offlineAt)} at {@code #{now}}. */
    public static final String IN_WINDOW = "publish_at <= #{now} AND (offline_at IS NULL OR offline_at > #{now})";

    /** What residents may see at {@code #{now}}. */
    public static final String VISIBLE = PUBLISHED + " AND " + IN_WINDOW;

    private VisibleContentSql() {}
}
