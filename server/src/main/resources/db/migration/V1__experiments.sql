-- Saved experiments are immutable: rows are inserted and deleted, never updated.
CREATE TABLE experiment (
    id          VARCHAR(16)  PRIMARY KEY,
    owner_hash  VARCHAR(64)  NOT NULL,
    title       VARCHAR(200) NOT NULL,
    spec        VARCHAR(8000) NOT NULL,
    results     TEXT NOT NULL,
    model       TEXT,
    dataset_name VARCHAR(200),
    dataset_csv TEXT,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX experiment_created ON experiment (created_at);
