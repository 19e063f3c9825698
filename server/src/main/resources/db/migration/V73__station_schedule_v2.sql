-- Schedule v2 (issue 18): urgent inserts carry a priority and a volume; slot times may name seconds
-- (HH:mm:ss), which a compressed test day and precise urgent starts need; what a box last reported.

ALTER TABLE station_urgent ADD COLUMN priority INT NOT NULL DEFAULT 100;
ALTER TABLE station_urgent ADD COLUMN volume INT;
ALTER TABLE station_slot MODIFY COLUMN start_time VARCHAR(8) NOT NULL;
ALTER TABLE play_receipt MODIFY COLUMN slot_time VARCHAR(8);

CREATE TABLE station_heartbeat (
    station_id      BIGINT        NOT NULL,
    app_version     VARCHAR(64),
    status          VARCHAR(200),
    volume          INT,
    free_bytes      BIGINT,
    cached_count    INT,
    missing_sha256  VARCHAR(6600),
    now_playing     VARCHAR(200),
    last_error      VARCHAR(500),
    received_at     DATETIME(3)   NOT NULL,
    PRIMARY KEY (station_id),
    CONSTRAINT fk_heartbeat_station FOREIGN KEY (station_id) REFERENCES station (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
