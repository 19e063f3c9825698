package org.wenming.content;

/**
 * An item became public (published at once or by the scheduler). Published after the transaction commits,
 * so listeners read the committed item and a rollback announces nothing.
 */
public record ContentPublished(long contentId) {}
