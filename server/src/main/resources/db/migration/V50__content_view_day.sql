-- Views per item per day (the office's calendar day), so the dashboard can chart a trend: content_stat only
-- keeps the running total. The view flusher adds each drained batch to today's row in the same transaction
-- as the total. MySQL dialect that H2 accepts in MODE=MySQL.
CREATE TABLE content_view_day (
    content_id  BIGINT  NOT NULL,
    view_date   DATE    NOT NULL,
    views       BIGINT  NOT NULL DEFAULT 0,
    PRIMARY KEY (content_id, view_date),
    CONSTRAINT fk_view_day_content FOREIGN KEY (content_id) REFERENCES content (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
CREATE INDEX idx_view_day_date ON content_view_day (view_date);

-- The weekly trend reads publishes and favourites by time range.
CREATE INDEX idx_transition_status_time ON content_transition (to_status, created_at);
CREATE INDEX idx_favourite_created ON resident_favourite (created_at);
