-- Failed sign-ins are counted per scope (an address, an account, an account from one address) instead of
-- on the account row, so an anonymous caller can no longer lock an account for everyone.
CREATE TABLE login_guard (
    scope_key       VARCHAR(200) NOT NULL,
    username        VARCHAR(64),
    failures        INT          NOT NULL,
    blocked_until   DATETIME(3),
    last_failure_at DATETIME(3),
    succeeded_at    DATETIME(3),
    version         BIGINT       NOT NULL,
    PRIMARY KEY (scope_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX idx_login_guard_username ON login_guard (username);
CREATE INDEX idx_login_guard_last_failure ON login_guard (last_failure_at);

ALTER TABLE admin_user DROP COLUMN failed_logins;
ALTER TABLE admin_user DROP COLUMN locked_until;

-- Raised when a password is reset, an account disabled or its roles changed: sessions opened before end.
ALTER TABLE admin_user ADD COLUMN session_version INT NOT NULL DEFAULT 0;
