-- Core tables of reconcile. Portable SQL (H2 and MySQL/MariaDB); ${table_options} carries the
-- MySQL character set so Chinese text and exact (binary) comparisons work whatever the server default.

-- Every file seen in an inbox (audit trail): one row per registration, never deleted.
CREATE TABLE inbox_file (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    month           CHAR(7)       NOT NULL,
    file_name       VARCHAR(400)  NOT NULL,
    kind            VARCHAR(32)   NOT NULL,
    sha256          CHAR(64)      NOT NULL,
    size_bytes      BIGINT        NOT NULL,
    encoding        VARCHAR(16)   NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    rows_read       INT           NOT NULL DEFAULT 0,
    rows_loaded     INT           NOT NULL DEFAULT 0,
    rows_rejected   INT           NOT NULL DEFAULT 0,
    rows_collapsed  INT           NOT NULL DEFAULT 0,
    note            VARCHAR(1000),
    archive_path    VARCHAR(1000) NOT NULL,
    source_path     VARCHAR(2000) NOT NULL,
    replaced_by     BIGINT,
    registered_at   TIMESTAMP     NOT NULL,
    registered_by   VARCHAR(100),
    job_execution_id BIGINT
) ${table_options};
CREATE INDEX inbox_file_month ON inbox_file (month, sha256);

-- Roster rows as staged by ingest; resolution fills person_key and outcome.
CREATE TABLE roster_row (
    file_id         BIGINT        NOT NULL,
    line_no         BIGINT        NOT NULL,
    month           CHAR(7)       NOT NULL,
    street          VARCHAR(200)  NOT NULL,
    street_known    BOOLEAN       NOT NULL,
    program         VARCHAR(100)  NOT NULL,
    program_known   BOOLEAN       NOT NULL,
    community       VARCHAR(200),
    household_id    VARCHAR(200)  NOT NULL,
    name            VARCHAR(200)  NOT NULL,
    id_number       VARCHAR(64)   NOT NULL,
    relation        VARCHAR(50)   NOT NULL,
    is_head         BOOLEAN       NOT NULL,
    amount          DECIMAL(14,2),
    amount_given    BOOLEAN       NOT NULL,
    declared_income DECIMAL(14,2),
    enrolled_on     DATE,
    bank_masked     VARCHAR(64),
    phone_masked    VARCHAR(32),
    row_reject      VARCHAR(32),
    raw_masked      VARCHAR(2100),
    person_key      VARCHAR(300),
    key_method      VARCHAR(32),
    outcome         VARCHAR(16),
    reason          VARCHAR(32),
    superseded      BOOLEAN       NOT NULL DEFAULT FALSE,
    PRIMARY KEY (file_id, line_no)
) ${table_options};
CREATE INDEX roster_row_month ON roster_row (month, file_id);

-- Rejected reference rows (reference rows themselves are streamed from the archive, never staged).
CREATE TABLE reference_reject (
    file_id    BIGINT        NOT NULL,
    line_no    BIGINT        NOT NULL,
    reason     VARCHAR(32)   NOT NULL,
    raw_masked VARCHAR(2100),
    PRIMARY KEY (file_id, line_no)
) ${table_options};

-- Households of a month after resolution: loaded, not superseded.
CREATE TABLE household (
    month           CHAR(7)       NOT NULL,
    street          VARCHAR(200)  NOT NULL,
    program         VARCHAR(32)   NOT NULL,
    household_id    VARCHAR(200)  NOT NULL,
    file_id         BIGINT        NOT NULL,
    head_key        VARCHAR(300)  NOT NULL,
    amount          DECIMAL(14,2) NOT NULL,
    declared_income DECIMAL(14,2),
    persons         INT           NOT NULL,
    verified        BOOLEAN       NOT NULL DEFAULT FALSE,
    flags           VARCHAR(400),
    checks_skipped  VARCHAR(400),
    reference_months VARCHAR(600),
    PRIMARY KEY (month, street, program, household_id)
) ${table_options};

-- The evidence of every flag: what reference row or figure raised it (personal data masked).
CREATE TABLE household_flag (
    month        CHAR(7)       NOT NULL,
    street       VARCHAR(200)  NOT NULL,
    program      VARCHAR(32)   NOT NULL,
    household_id VARCHAR(200)  NOT NULL,
    flag         VARCHAR(32)   NOT NULL,
    evidence     VARCHAR(2000) NOT NULL,
    PRIMARY KEY (month, street, program, household_id, flag)
) ${table_options};

-- Progress of each month through the stages; a month is re-closed when its inputs or policy change.
CREATE TABLE month_state (
    month       CHAR(7)     NOT NULL PRIMARY KEY,
    stage       INT         NOT NULL,
    policy_sha  CHAR(64),
    closed_at   TIMESTAMP
) ${table_options};

-- The analyst's table (CONTRACT §9).
CREATE TABLE monthly_aggregate (
    month                     CHAR(7)       NOT NULL,
    street                    VARCHAR(200)  NOT NULL,
    program                   VARCHAR(32)   NOT NULL,
    households                INT           NOT NULL,
    persons                   INT           NOT NULL,
    amount                    DECIMAL(16,2) NOT NULL,
    new_households            INT,
    exited_households         INT,
    verified_households       INT           NOT NULL,
    flagged_households        INT           NOT NULL,
    flagged_amount            DECIMAL(16,2) NOT NULL,
    rejected_rows             INT           NOT NULL,
    flag_deceased_member      INT           NOT NULL,
    flag_income_over          INT           NOT NULL,
    flag_deposit_over         INT           NOT NULL,
    flag_vehicle              INT           NOT NULL,
    flag_property_over        INT           NOT NULL,
    flag_business             INT           NOT NULL,
    flag_public_employee      INT           NOT NULL,
    flag_duplicate_enrollment INT           NOT NULL,
    flag_id_unresolved        INT           NOT NULL,
    flag_age_ineligible       INT           NOT NULL,
    flag_no_basic_enrollment  INT           NOT NULL,
    PRIMARY KEY (month, street, program)
) ${table_options};

-- Performance indicators (绩效指标, CONTRACT §10) per year.
CREATE TABLE indicator_value (
    year            INT            NOT NULL,
    code            VARCHAR(40)    NOT NULL,
    position        INT            NOT NULL,
    indicator_value DECIMAL(30,15),
    target          DECIMAL(30,15) NOT NULL,
    completion_rate DECIMAL(30,15),
    PRIMARY KEY (year, code)
) ${table_options};
