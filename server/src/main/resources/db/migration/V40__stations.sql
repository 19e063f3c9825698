-- Broadcast stations (文明实践广播站), their schedules and urgent inserts, and what they report playing.

CREATE TABLE station (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    code            VARCHAR(64)  NOT NULL,
    name            VARCHAR(100) NOT NULL,
    org_unit_id     BIGINT       NOT NULL,
    device_type     VARCHAR(20)  NOT NULL,
    time_zone       VARCHAR(40)  NOT NULL,
    enabled         BOOLEAN      NOT NULL DEFAULT TRUE,
    key_hash        CHAR(64)     NOT NULL,
    key_hint        VARCHAR(8)   NOT NULL,
    key_rotated_at  DATETIME(3)  NOT NULL,
    last_seen_at    DATETIME(3),
    last_seen_ip    VARCHAR(64),
    last_agent      VARCHAR(200),
    created_at      DATETIME(3)  NOT NULL,
    updated_at      DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_station_code UNIQUE (code),
    CONSTRAINT uk_station_key UNIQUE (key_hash),
    CONSTRAINT fk_station_org FOREIGN KEY (org_unit_id) REFERENCES org_unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE station_schedule (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    name               VARCHAR(100) NOT NULL,
    owner_unit_id      BIGINT       NOT NULL,
    target_unit_id     BIGINT,
    target_station_id  BIGINT,
    start_date         DATE         NOT NULL,
    end_date           DATE,
    days_of_week       VARCHAR(20)  NOT NULL,
    enabled            BOOLEAN      NOT NULL DEFAULT TRUE,
    created_by         BIGINT,
    created_at         DATETIME(3)  NOT NULL,
    updated_at         DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_schedule_owner FOREIGN KEY (owner_unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_schedule_unit FOREIGN KEY (target_unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_schedule_station FOREIGN KEY (target_station_id) REFERENCES station (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE station_slot (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    schedule_id  BIGINT      NOT NULL,
    start_time   VARCHAR(5)  NOT NULL,
    content_ids  VARCHAR(1000) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_slot_schedule FOREIGN KEY (schedule_id) REFERENCES station_schedule (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
CREATE INDEX idx_slot_schedule ON station_slot (schedule_id);

CREATE TABLE station_urgent (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    title              VARCHAR(100) NOT NULL,
    owner_unit_id      BIGINT       NOT NULL,
    target_unit_id     BIGINT,
    target_station_id  BIGINT,
    starts_at          DATETIME(3)  NOT NULL,
    ends_at            DATETIME(3)  NOT NULL,
    content_ids        VARCHAR(1000) NOT NULL,
    created_by         BIGINT,
    created_at         DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_urgent_owner FOREIGN KEY (owner_unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_urgent_unit FOREIGN KEY (target_unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_urgent_station FOREIGN KEY (target_station_id) REFERENCES station (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
CREATE INDEX idx_urgent_window ON station_urgent (ends_at, starts_at);

CREATE TABLE play_receipt (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    station_id   BIGINT       NOT NULL,
    receipt_id   VARCHAR(64)  NOT NULL,
    content_id   BIGINT       NOT NULL,
    slot_time    VARCHAR(5),
    started_at   DATETIME(3)  NOT NULL,
    finished_at  DATETIME(3),
    result       VARCHAR(20)  NOT NULL,
    received_at  DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_receipt UNIQUE (station_id, receipt_id),
    CONSTRAINT fk_receipt_station FOREIGN KEY (station_id) REFERENCES station (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
CREATE INDEX idx_receipt_started ON play_receipt (started_at, station_id);
