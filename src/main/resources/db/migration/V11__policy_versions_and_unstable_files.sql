-- The policy every run used: its text as the operator wrote it, keyed by the hash of its parsed
-- content (a comment or layout edit keeps the key). 'rerun-month' without --policy re-closes a
-- month under the policy it was closed with; 'status' shows each run's policy by its short hash.
CREATE TABLE policy_version (
    sha256      CHAR(64)    NOT NULL PRIMARY KEY,
    content     MEDIUMTEXT  NOT NULL,
    stored_at   TIMESTAMP   NOT NULL
) ${table_options};
ALTER TABLE run_audit ADD COLUMN policy_sha CHAR(64);

-- An inbox file that changed between its hash and its copy into the archive (still being written)
-- is refused: REJECTED with a note, and not counted as registered, so the next run reads it again.
ALTER TABLE inbox_file ADD COLUMN unstable BOOLEAN DEFAULT FALSE NOT NULL;
