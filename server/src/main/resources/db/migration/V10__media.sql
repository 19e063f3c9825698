-- Media storage: one row per stored object (content-addressed by SHA-256, so a file is stored once) and one
-- row per org unit that uploaded it (editors may use media of their own unit, above and below it).

CREATE TABLE media_object (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    media_key         VARCHAR(80)   NOT NULL,
    sha256            CHAR(64)      NOT NULL,
    content_type      VARCHAR(64)   NOT NULL,
    extension         VARCHAR(8)    NOT NULL,
    size_bytes        BIGINT        NOT NULL,
    duration_seconds  INT,
    bitrate_kbps      INT,
    width             INT,
    height            INT,
    thumbnail_widths  VARCHAR(64),
    org_unit_id       BIGINT        NOT NULL,
    created_by        BIGINT,
    created_at        DATETIME(3)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_media_object_key UNIQUE (media_key),
    CONSTRAINT fk_media_object_org FOREIGN KEY (org_unit_id) REFERENCES org_unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE media_upload (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    media_key      VARCHAR(80)   NOT NULL,
    org_unit_id    BIGINT        NOT NULL,
    uploaded_by    BIGINT,
    original_name  VARCHAR(255),
    created_at     DATETIME(3)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_media_upload_unit UNIQUE (media_key, org_unit_id),
    CONSTRAINT fk_media_upload_object FOREIGN KEY (media_key) REFERENCES media_object (media_key),
    CONSTRAINT fk_media_upload_org FOREIGN KEY (org_unit_id) REFERENCES org_unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Anonymous media requests ask whether visible content references the key.
CREATE INDEX idx_content_media_key ON content (media_key);
CREATE INDEX idx_content_image_key ON content (image_key);
CREATE INDEX idx_content_cover_key ON content (cover_key);
