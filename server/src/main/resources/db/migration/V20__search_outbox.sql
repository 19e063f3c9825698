-- Search: the transactional outbox of content changes the index must follow, and full rebuilds.

-- One row per change of what is public, written in the transaction of the change. A poller claims rows
-- (claimed_by/claimed_until, a conditional update, so one instance works a row at a time), indexes the
-- item's current state and sets processed_at; failures back off through next_attempt_at (NULL: due now).
CREATE TABLE search_outbox (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    content_id       BIGINT        NOT NULL,
    content_version  INT           NOT NULL,
    created_at       DATETIME(3)   NOT NULL,
    attempts         INT           NOT NULL DEFAULT 0,
    next_attempt_at  DATETIME(3),
    claimed_by       VARCHAR(64),
    claimed_until    DATETIME(3),
    processed_at     DATETIME(3),
    failed_at        DATETIME(3),
    last_error       VARCHAR(500),
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
CREATE INDEX idx_search_outbox_pending ON search_outbox (processed_at, id);
CREATE INDEX idx_search_outbox_created ON search_outbox (created_at);

-- Full rebuilds with their progress. running_guard is 1 while a rebuild runs and NULL afterwards: the
-- unique key lets only one rebuild run across all instances.
CREATE TABLE search_reindex (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    status         VARCHAR(16)   NOT NULL,
    running_guard  INT,
    total_items    INT           NOT NULL DEFAULT 0,
    done_items     INT           NOT NULL DEFAULT 0,
    index_name     VARCHAR(200),
    failure        VARCHAR(500),
    started_by     VARCHAR(64)   NOT NULL,
    started_at     DATETIME(3)   NOT NULL,
    heartbeat_at   DATETIME(3)   NOT NULL,
    finished_at    DATETIME(3),
    PRIMARY KEY (id),
    CONSTRAINT uk_search_reindex_running UNIQUE (running_guard)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
