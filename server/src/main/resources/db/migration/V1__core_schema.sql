-- Core schema: organisation units, administrators, content with workflow history, festivals, audit.
-- Written in the MySQL dialect that H2 accepts in MODE=MySQL, so the same file runs on both.

CREATE TABLE org_unit (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    code        VARCHAR(64)  NOT NULL,
    name        VARCHAR(100) NOT NULL,
    name_mn     VARCHAR(200),
    type        VARCHAR(20)  NOT NULL,
    parent_id   BIGINT,
    path        VARCHAR(512) NOT NULL,
    sort_order  INT          NOT NULL DEFAULT 0,
    is_sample   BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at  DATETIME(3)  NOT NULL,
    updated_at  DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_org_unit_code UNIQUE (code),
    CONSTRAINT fk_org_unit_parent FOREIGN KEY (parent_id) REFERENCES org_unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
CREATE INDEX idx_org_unit_path ON org_unit (path);

CREATE TABLE admin_user (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    username       VARCHAR(64)  NOT NULL,
    password_hash  VARCHAR(100) NOT NULL,
    display_name   VARCHAR(64)  NOT NULL,
    org_unit_id    BIGINT       NOT NULL,
    roles          VARCHAR(64)  NOT NULL,
    enabled        BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_logins  INT          NOT NULL DEFAULT 0,
    locked_until   DATETIME(3),
    last_login_at  DATETIME(3),
    created_at     DATETIME(3)  NOT NULL,
    updated_at     DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_admin_user_username UNIQUE (username),
    CONSTRAINT fk_admin_user_org FOREIGN KEY (org_unit_id) REFERENCES org_unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE content (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    kind                VARCHAR(20)   NOT NULL,
    import_key          VARCHAR(64),
    title               VARCHAR(200)  NOT NULL,
    summary             VARCHAR(500),
    body                MEDIUMTEXT,
    cover_key           VARCHAR(100),
    language            VARCHAR(8)    NOT NULL,
    column_name         VARCHAR(64),
    org_unit_id         BIGINT        NOT NULL,
    status              VARCHAR(20)   NOT NULL,
    review_levels       INT           NOT NULL DEFAULT 1,
    review_stage        INT           NOT NULL DEFAULT 0,
    reject_reason       VARCHAR(500),
    publish_at          DATETIME(3),
    offline_at          DATETIME(3),
    published_at        DATETIME(3),
    featured            BOOLEAN       NOT NULL DEFAULT FALSE,
    is_sample           BOOLEAN       NOT NULL DEFAULT FALSE,
    media_key           VARCHAR(100),
    duration_seconds    INT,
    transcript          MEDIUMTEXT,
    theme               VARCHAR(100),
    image_key           VARCHAR(100),
    quote               VARCHAR(500),
    quote_source        VARCHAR(200),
    interpretation      TEXT,
    festival_code       VARCHAR(32),
    activity_time       DATETIME(3),
    activity_place      VARCHAR(200),
    owner_unit_id       BIGINT,
    volunteer_team      VARCHAR(100),
    activity_count      INT,
    served_count        INT,
    gallery_keys        TEXT,
    project_year        INT,
    origin              VARCHAR(20),
    version             INT           NOT NULL DEFAULT 1,
    deleted             INT           NOT NULL DEFAULT 0,
    created_by          BIGINT,
    updated_by          BIGINT,
    created_at          DATETIME(3)   NOT NULL,
    updated_at          DATETIME(3)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_content_import_key UNIQUE (import_key),
    CONSTRAINT fk_content_org FOREIGN KEY (org_unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_content_owner FOREIGN KEY (owner_unit_id) REFERENCES org_unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
CREATE INDEX idx_content_visible ON content (status, deleted, kind, published_at);
CREATE INDEX idx_content_org ON content (org_unit_id, status);
CREATE INDEX idx_content_schedule ON content (status, publish_at);
CREATE INDEX idx_content_festival ON content (festival_code, status);

CREATE TABLE content_tag (
    content_id  BIGINT      NOT NULL,
    tag         VARCHAR(32) NOT NULL,
    PRIMARY KEY (content_id, tag),
    CONSTRAINT fk_content_tag_content FOREIGN KEY (content_id) REFERENCES content (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
CREATE INDEX idx_content_tag_tag ON content_tag (tag);

CREATE TABLE content_transition (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    content_id   BIGINT       NOT NULL,
    action       VARCHAR(20)  NOT NULL,
    from_status  VARCHAR(20)  NOT NULL,
    to_status    VARCHAR(20)  NOT NULL,
    review_stage INT,
    reason       VARCHAR(500),
    actor_id     BIGINT,
    actor_name   VARCHAR(64)  NOT NULL,
    created_at   DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_transition_content FOREIGN KEY (content_id) REFERENCES content (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
CREATE INDEX idx_transition_content ON content_transition (content_id, id);

CREATE TABLE content_revision (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    content_id   BIGINT       NOT NULL,
    version      INT          NOT NULL,
    snapshot     MEDIUMTEXT   NOT NULL,
    editor_id    BIGINT,
    editor_name  VARCHAR(64)  NOT NULL,
    created_at   DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_revision_version UNIQUE (content_id, version),
    CONSTRAINT fk_revision_content FOREIGN KEY (content_id) REFERENCES content (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE festival (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    code         VARCHAR(32)  NOT NULL,
    name         VARCHAR(32)  NOT NULL,
    rule_type    VARCHAR(20)  NOT NULL,
    rule_month   INT,
    rule_day     INT,
    solar_term   VARCHAR(8),
    description  VARCHAR(500),
    builtin      BOOLEAN      NOT NULL DEFAULT FALSE,
    sort_order   INT          NOT NULL DEFAULT 0,
    created_at   DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_festival_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE audit_log (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    actor_id     BIGINT,
    actor_name   VARCHAR(64)   NOT NULL,
    action       VARCHAR(40)   NOT NULL,
    target_type  VARCHAR(20),
    target_id    VARCHAR(64),
    detail       VARCHAR(1000),
    ip           VARCHAR(64),
    created_at   DATETIME(3)   NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
CREATE INDEX idx_audit_created ON audit_log (created_at);
CREATE INDEX idx_audit_actor ON audit_log (actor_id, created_at);

CREATE TABLE app_setting (
    name        VARCHAR(64)  NOT NULL,
    setting_value VARCHAR(500) NOT NULL,
    updated_at  DATETIME(3)  NOT NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
