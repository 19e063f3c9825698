-- Broadcast-ready copies of every uploaded audio, made in the background: one row per audio object holds the
-- job (state, claim by an instance until a lease ends, attempts, the reason of a failure in Chinese) and what
-- it made. The renditions themselves are derived objects in media storage (renditions/<sha>-station.mp3 and
-- renditions/<sha>-light.m4a); the original is kept as it came.

CREATE TABLE media_rendition (
    id                     BIGINT         NOT NULL AUTO_INCREMENT,
    media_key              VARCHAR(80)    NOT NULL,
    state                  VARCHAR(16)    NOT NULL,
    attempts               INT            NOT NULL DEFAULT 0,
    failure_reason         VARCHAR(500),
    claimed_by             VARCHAR(64),
    lease_until            DATETIME(3),
    station_size_bytes     BIGINT,
    station_sha256         CHAR(64),
    station_duration_ms    BIGINT,
    station_loudness_lufs  DECIMAL(5, 1),
    light_size_bytes       BIGINT,
    light_sha256           CHAR(64),
    created_at             DATETIME(3)    NOT NULL,
    updated_at             DATETIME(3)    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_media_rendition_key UNIQUE (media_key),
    CONSTRAINT fk_media_rendition_object FOREIGN KEY (media_key) REFERENCES media_object (media_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX idx_media_rendition_due ON media_rendition (state, lease_until);

-- Audio uploaded before renditions existed is queued too.
INSERT INTO media_rendition (media_key, state, attempts, created_at, updated_at)
SELECT media_key, 'PENDING', 0, created_at, created_at FROM media_object WHERE content_type LIKE 'audio/%';
