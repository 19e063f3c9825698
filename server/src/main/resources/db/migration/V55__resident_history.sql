-- Every item a resident opened, of any kind, most recent first; listening_history keeps where audio stopped.
CREATE TABLE resident_history (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    resident_id  BIGINT       NOT NULL,
    content_id   BIGINT       NOT NULL,
    opened_at    DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_resident_history UNIQUE (resident_id, content_id),
    CONSTRAINT fk_resident_history_resident FOREIGN KEY (resident_id) REFERENCES resident (id),
    CONSTRAINT fk_resident_history_content FOREIGN KEY (content_id) REFERENCES content (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX idx_resident_history_recent ON resident_history (resident_id, opened_at);

-- What residents listened to before this table existed is what they had opened.
INSERT INTO resident_history (resident_id, content_id, opened_at)
SELECT resident_id, content_id, updated_at FROM listening_history;
