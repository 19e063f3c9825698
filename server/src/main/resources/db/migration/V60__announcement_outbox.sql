-- Announcements of published items, written in the transaction that moves the item to PUBLISHED (by an
-- editor or by the scheduler), so a publication is never left unannounced by a crash. A poller claims a row
-- with a lease (claimed_by/lease_until, a conditional update: one instance at a time), queues the subscribe
-- messages and sets delivered_at; failures back off through next_attempt_at. A lease left by a killed
-- instance expires and another instance takes the row over.
CREATE TABLE announcement_outbox (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    content_id       BIGINT        NOT NULL,
    created_at       DATETIME(3)   NOT NULL,
    attempts         INT           NOT NULL DEFAULT 0,
    next_attempt_at  DATETIME(3)   NOT NULL,
    claimed_by       VARCHAR(64),
    lease_until      DATETIME(3),
    delivered_at     DATETIME(3),
    last_error       VARCHAR(500),
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
CREATE INDEX idx_announcement_due ON announcement_outbox (delivered_at, next_attempt_at);
