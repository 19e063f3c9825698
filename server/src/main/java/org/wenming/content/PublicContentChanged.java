package org.wenming.content;

/**
 * Published in the transaction of every change that may alter what residents see of one item (publish,
 * edit of published content, offline, expiry, delete, import). Listeners run synchronously inside that
 * transaction, so whatever they write commits or rolls back with the change itself.
 */
public record PublicContentChanged(long contentId) {}
