-- The fingerprint of the content pack last imported, so a start with the same pack skips the import.
CREATE TABLE content_pack_import (
    id           INT          NOT NULL,
    fingerprint  VARCHAR(64)  NOT NULL,
    imported_at  DATETIME(3)  NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
