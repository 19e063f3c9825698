package org.wenming.search;

import java.time.Clock;
import java.time.LocalDateTime;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.wenming.content.PublicContentChanged;

/**
 * Writes an outbox row for every change of what is public, synchronously inside the transaction of the
 * change: the row commits with the change or not at all, so no published edit can be lost to the index.
 */
@Component
class SearchOutboxWriter {

    private final SearchOutboxMapper outbox;
    private final SearchContentMapper contents;
    private final Clock clock;

    SearchOutboxWriter(SearchOutboxMapper outbox, SearchContentMapper contents, Clock clock) {
        this.outbox = outbox;
        this.contents = contents;
        this.clock = clock;
    }

    @EventListener
    public void on(PublicContentChanged change) {
        Integer version = contents.versionOf(change.contentId());
        outbox.insert(change.contentId(), version == null ? 0 : version, LocalDateTime.now(clock));
    }
}
