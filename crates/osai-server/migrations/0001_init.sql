-- The catalogue: a release by name, its versions (never overwritten), and the verdict of every
-- definition for each version (for filtering without reading reports).
CREATE TABLE releases (
    id      INTEGER PRIMARY KEY,
    name    TEXT NOT NULL UNIQUE,
    kind    TEXT NOT NULL,
    created TEXT NOT NULL
);

CREATE TABLE versions (
    id         INTEGER PRIMARY KEY,
    release_id INTEGER NOT NULL REFERENCES releases(id) ON DELETE RESTRICT,
    version    INTEGER NOT NULL,
    manifest   TEXT NOT NULL,
    report     TEXT NOT NULL,
    created    TEXT NOT NULL,
    UNIQUE (release_id, version)
);

CREATE TABLE verdicts (
    version_id INTEGER NOT NULL REFERENCES versions(id) ON DELETE RESTRICT,
    definition TEXT NOT NULL,
    verdict    TEXT NOT NULL,
    PRIMARY KEY (version_id, definition)
);

CREATE INDEX verdicts_by_definition ON verdicts (definition, verdict);
