-- Audit trail of every export and report: who (OS user, host), when, what (kind, period,
-- format), where it went and how many rows. Personal data never enters these tables.
CREATE TABLE export_audit (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    exported_at   TIMESTAMP     NOT NULL,
    os_user       VARCHAR(100)  NOT NULL,
    host          VARCHAR(255)  NOT NULL,
    kind          VARCHAR(32)   NOT NULL,
    period        VARCHAR(7)    NOT NULL,
    format        VARCHAR(8)    NOT NULL,
    destination   VARCHAR(2000) NOT NULL,
    row_count     INT           NOT NULL
) ${table_options};
CREATE INDEX export_audit_time ON export_audit (exported_at);

-- Audit trail of every job execution, kept when 'purge' deletes Spring Batch's own metadata.
CREATE TABLE run_audit (
    execution_id  BIGINT        NOT NULL PRIMARY KEY,
    started_at    TIMESTAMP     NOT NULL,
    ended_at      TIMESTAMP     NULL,
    status        VARCHAR(16)   NOT NULL,
    os_user       VARCHAR(100)  NOT NULL,
    host          VARCHAR(255)  NOT NULL,
    inbox         VARCHAR(2000),
    policy        VARCHAR(2000),
    rerun_month   VARCHAR(7),
    exit_message  VARCHAR(1000)
) ${table_options};
