-- Residents of the WeChat mini program and what they do: favourites, likes, listening history, counts,
-- subscribe-message quotas and sends, and 习语金句大家写 submissions. MySQL dialect that H2 accepts in MODE=MySQL.

CREATE TABLE resident (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    openid              VARCHAR(64)   NOT NULL,
    unionid             VARCHAR(64),
    session_key         VARCHAR(128),
    nickname            VARCHAR(32),
    avatar_url          VARCHAR(300),
    phone               VARCHAR(32),
    phone_country_code  VARCHAR(8),
    created_at          DATETIME(3)   NOT NULL,
    updated_at          DATETIME(3)   NOT NULL,
    last_login_at       DATETIME(3),
    PRIMARY KEY (id),
    CONSTRAINT uk_resident_openid UNIQUE (openid)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
CREATE INDEX idx_resident_unionid ON resident (unionid);

CREATE TABLE resident_favourite (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    resident_id  BIGINT       NOT NULL,
    content_id   BIGINT       NOT NULL,
    created_at   DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_favourite UNIQUE (resident_id, content_id),
    CONSTRAINT fk_favourite_resident FOREIGN KEY (resident_id) REFERENCES resident (id),
    CONSTRAINT fk_favourite_content FOREIGN KEY (content_id) REFERENCES content (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE resident_like (
    resident_id  BIGINT       NOT NULL,
    content_id   BIGINT       NOT NULL,
    created_at   DATETIME(3)  NOT NULL,
    PRIMARY KEY (resident_id, content_id),
    CONSTRAINT fk_like_resident FOREIGN KEY (resident_id) REFERENCES resident (id),
    CONSTRAINT fk_like_content FOREIGN KEY (content_id) REFERENCES content (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE listening_history (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    resident_id       BIGINT       NOT NULL,
    content_id        BIGINT       NOT NULL,
    position_seconds  INT          NOT NULL,
    completed         BOOLEAN      NOT NULL DEFAULT FALSE,
    updated_at        DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_listening UNIQUE (resident_id, content_id),
    CONSTRAINT fk_listening_resident FOREIGN KEY (resident_id) REFERENCES resident (id),
    CONSTRAINT fk_listening_content FOREIGN KEY (content_id) REFERENCES content (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
CREATE INDEX idx_listening_recent ON listening_history (resident_id, updated_at);

-- Counters shown on content; favourites and likes change with the rows above, views arrive in batches.
CREATE TABLE content_stat (
    content_id   BIGINT  NOT NULL,
    favourites   BIGINT  NOT NULL DEFAULT 0,
    likes        BIGINT  NOT NULL DEFAULT 0,
    views        BIGINT  NOT NULL DEFAULT 0,
    PRIMARY KEY (content_id),
    CONSTRAINT fk_stat_content FOREIGN KEY (content_id) REFERENCES content (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- One accepted subscription = one message WeChat lets us send; quota counts the accepted ones not yet used.
CREATE TABLE resident_subscription (
    resident_id  BIGINT       NOT NULL,
    topic        VARCHAR(32)  NOT NULL,
    quota        INT          NOT NULL DEFAULT 0,
    updated_at   DATETIME(3)  NOT NULL,
    PRIMARY KEY (resident_id, topic),
    CONSTRAINT fk_subscription_resident FOREIGN KEY (resident_id) REFERENCES resident (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
CREATE INDEX idx_subscription_topic ON resident_subscription (topic, quota);

-- An item is announced to a topic at most once, however often it is published again.
CREATE TABLE subscribe_dispatch (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    content_id  BIGINT       NOT NULL,
    topic       VARCHAR(32)  NOT NULL,
    recipients  INT          NOT NULL DEFAULT 0,
    created_at  DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_dispatch UNIQUE (content_id, topic),
    CONSTRAINT fk_dispatch_content FOREIGN KEY (content_id) REFERENCES content (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE subscribe_message (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    dispatch_id      BIGINT        NOT NULL,
    content_id       BIGINT        NOT NULL,
    topic            VARCHAR(32)   NOT NULL,
    resident_id      BIGINT        NOT NULL,
    openid           VARCHAR(64)   NOT NULL,
    template_id      VARCHAR(64)   NOT NULL,
    page             VARCHAR(200)  NOT NULL,
    payload          VARCHAR(2000) NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    attempts         INT           NOT NULL DEFAULT 0,
    next_attempt_at  DATETIME(3)   NOT NULL,
    last_errcode     INT,
    last_error       VARCHAR(300),
    sent_at          DATETIME(3),
    created_at       DATETIME(3)   NOT NULL,
    updated_at       DATETIME(3)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_message UNIQUE (dispatch_id, resident_id),
    CONSTRAINT fk_message_dispatch FOREIGN KEY (dispatch_id) REFERENCES subscribe_dispatch (id),
    CONSTRAINT fk_message_resident FOREIGN KEY (resident_id) REFERENCES resident (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
CREATE INDEX idx_message_due ON subscribe_message (status, next_attempt_at);
CREATE INDEX idx_message_content ON subscribe_message (content_id);

-- Every attempt to send, with WeChat's answer.
CREATE TABLE subscribe_send_log (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    message_id    BIGINT        NOT NULL,
    attempt       INT           NOT NULL,
    errcode       INT           NOT NULL,
    errmsg        VARCHAR(300),
    created_at    DATETIME(3)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_send_log_message FOREIGN KEY (message_id) REFERENCES subscribe_message (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
CREATE INDEX idx_send_log_message ON subscribe_send_log (message_id, id);

CREATE TABLE submission (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    resident_id     BIGINT        NOT NULL,
    org_unit_id     BIGINT        NOT NULL,
    quote_text      VARCHAR(500)  NOT NULL,
    author_name     VARCHAR(32),
    photo_key       VARCHAR(100)  NOT NULL,
    text_check      VARCHAR(16)   NOT NULL,
    text_label      VARCHAR(32),
    photo_trace_id  VARCHAR(64),
    photo_check     VARCHAR(16)   NOT NULL,
    photo_label     VARCHAR(32),
    status          VARCHAR(16)   NOT NULL,
    reject_reason   VARCHAR(300),
    reviewed_by     BIGINT,
    reviewed_at     DATETIME(3),
    created_at      DATETIME(3)   NOT NULL,
    updated_at      DATETIME(3)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_submission_resident FOREIGN KEY (resident_id) REFERENCES resident (id),
    CONSTRAINT fk_submission_org FOREIGN KEY (org_unit_id) REFERENCES org_unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
CREATE INDEX idx_submission_status ON submission (status, id);
CREATE INDEX idx_submission_resident ON submission (resident_id, id);
CREATE INDEX idx_submission_trace ON submission (photo_trace_id);

-- Every verdict WeChat pushed for an asynchronous media check, kept by trace id: a verdict may arrive before the
-- submission that asked for it is stored, and is applied when it is.
CREATE TABLE media_check_verdict (
    trace_id     VARCHAR(64)  NOT NULL,
    suggest      VARCHAR(16)  NOT NULL,
    label        VARCHAR(32),
    received_at  DATETIME(3)  NOT NULL,
    PRIMARY KEY (trace_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
