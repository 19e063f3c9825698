-- One row per console sign-in, so an administrator can list and end their own sessions on every instance
-- (sessions themselves live in memory or in Redis). The id is random and is not the session cookie's value.
CREATE TABLE sign_in_session (
    id            VARCHAR(32)  NOT NULL,
    user_id       BIGINT       NOT NULL,
    device        VARCHAR(64)  NOT NULL,
    ip            VARCHAR(45),
    signed_in_at  DATETIME(3)  NOT NULL,
    last_seen_at  DATETIME(3)  NOT NULL,
    ended_at      DATETIME(3),
    PRIMARY KEY (id),
    CONSTRAINT fk_sign_in_session_user FOREIGN KEY (user_id) REFERENCES admin_user (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_sign_in_session_user ON sign_in_session (user_id, last_seen_at);
