package org.wenming.content;

/**
 * An item became public (published at once or by the scheduler). Published inside the transaction of the move,
 * so what listeners write (the announcement outbox) commits with the publication or not at all.
 */
public record ContentPublished(long contentId) {}
