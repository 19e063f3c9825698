-- One row that instances starting together lock (SELECT ... FOR UPDATE) around their start-up tasks
-- (content-pack import, first administrator): the second waits, then finds the work done.
CREATE TABLE startup_lock (
    name  VARCHAR(64)  NOT NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
INSERT INTO startup_lock (name) VALUES ('startup');
