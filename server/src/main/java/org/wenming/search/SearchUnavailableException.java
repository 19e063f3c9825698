package org.wenming.search;

/** The search engine cannot be reached or refused to work; callers fall back or retry later. */
class SearchUnavailableException extends RuntimeException {

    public SearchUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
