package org.wenming.search;

import org.springframework.context.ApplicationContext;

/** Lets tests of other features bring the index up to date, as the outbox poller would (it is slow in tests). */
public final class SearchOutbox {

    private SearchOutbox() {}

    public static void drain(ApplicationContext context) {
        context.getBean(SearchSync.class).drain();
    }
}
