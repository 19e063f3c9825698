-- An edit of a published item waits in content_revision for review while the content row keeps the live
-- fields; review_status is NULL for the ordinary revision of every other save. content_transition.version
-- names the version a step concerns, so the timeline shows which edit was saved or reviewed.
-- Plain ALTERs that both H2 (MODE=MySQL) and MariaDB accept.
ALTER TABLE content_revision ADD COLUMN review_status VARCHAR(20);
ALTER TABLE content_revision ADD COLUMN review_levels INT;
ALTER TABLE content_revision ADD COLUMN review_stage INT;
ALTER TABLE content_transition ADD COLUMN version INT;
CREATE INDEX idx_revision_review ON content_revision (review_status, content_id);
