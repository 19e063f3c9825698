-- Multipart uploads to S3 in progress: a row from the upload's start to its completion or abort. A row that
-- outlives wenming.media.stale-upload-age belongs to an upload whose instance died (or whose abort could not
-- reach S3): the media janitor aborts it by its id, so no parts stay behind in the bucket. Listing uploads
-- instead would need ListMultipartUploads, which not every S3 server offers.
CREATE TABLE multipart_upload (
    upload_id    VARCHAR(255)  NOT NULL,
    object_name  VARCHAR(200)  NOT NULL,
    started_at   DATETIME(3)   NOT NULL,
    PRIMARY KEY (upload_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
CREATE INDEX idx_multipart_upload_started ON multipart_upload (started_at);
