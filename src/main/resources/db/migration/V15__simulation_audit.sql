-- Audit trail of 'simulate': who re-closed which period under which draft policy, and how many
-- households it would change. Simulation writes nothing else.
CREATE TABLE simulation_audit (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    simulated_at       TIMESTAMP     NOT NULL,
    os_user            VARCHAR(100)  NOT NULL,
    host               VARCHAR(255)  NOT NULL,
    period             VARCHAR(7)    NOT NULL,
    draft_policy       VARCHAR(2000) NOT NULL,
    draft_sha256       CHAR(64)      NOT NULL,
    format             VARCHAR(8)    NOT NULL,
    destination        VARCHAR(2000) NOT NULL,
    changed_households INT           NOT NULL
) ${table_options};
CREATE INDEX simulation_audit_time ON simulation_audit (simulated_at);
