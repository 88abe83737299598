-- Database roles for MySQL 8 / MariaDB 10.5+, run once by an administrator (as root) after the
-- pipeline has created its tables (its first 'run' applies the Flyway migrations):
--
--   mysql -uroot < sql/roles-mysql.sql
--
-- The script assumes the pipeline's database is called `reconcile`; for another name, replace
-- every "reconcile." below. Then create the accounts and give each its role, e.g.
--
--   CREATE USER 'pipeline'@'10.%' IDENTIFIED BY '...';   GRANT reconcile_pipeline TO 'pipeline'@'10.%';
--   CREATE USER 'analyst'@'%'     IDENTIFIED BY '...';   GRANT reconcile_analyst  TO 'analyst'@'%';
--   -- MariaDB: SET DEFAULT ROLE reconcile_analyst FOR 'analyst'@'%';
--   -- MySQL 8: SET DEFAULT ROLE reconcile_analyst TO 'analyst'@'%';

-- The pipeline: owns its schema (Flyway migrations) and writes every table. CREATE TEMPORARY TABLES:
-- resolve sets many rows' outcomes through a temporary table of its connection (without it, row by row).
CREATE ROLE IF NOT EXISTS reconcile_pipeline;
GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, ALTER, DROP, INDEX, REFERENCES, CREATE VIEW, SHOW VIEW, LOCK TABLES,
    CREATE TEMPORARY TABLES ON reconcile.* TO reconcile_pipeline;

-- The analyst: the aggregate, indicator and label views only. Person-level tables (roster_row,
-- household, household_flag, reference_reject) are out of reach; the views run with their
-- definer's rights, so the analyst needs no grant on the tables beneath them.
CREATE ROLE IF NOT EXISTS reconcile_analyst;
GRANT SELECT ON reconcile.v_monthly_aggregate TO reconcile_analyst;
GRANT SELECT ON reconcile.v_indicator TO reconcile_analyst;
GRANT SELECT ON reconcile.v_inbox_file TO reconcile_analyst;
-- the Chinese views (V14_1__analyst_views_chinese.sql) and the labels of the codes
GRANT SELECT ON reconcile.v_street_month TO reconcile_analyst;
GRANT SELECT ON reconcile.v_district_month TO reconcile_analyst;
GRANT SELECT ON reconcile.v_dibao_street_month TO reconcile_analyst;
GRANT SELECT ON reconcile.v_program_growth TO reconcile_analyst;
GRANT SELECT ON reconcile.v_year_on_year TO reconcile_analyst;
GRANT SELECT ON reconcile.v_flag_street_month TO reconcile_analyst;
GRANT SELECT ON reconcile.v_reject_street_month TO reconcile_analyst;
GRANT SELECT ON reconcile.v_self_check TO reconcile_analyst;
GRANT SELECT ON reconcile.v_label_program TO reconcile_analyst;
GRANT SELECT ON reconcile.v_label_flag TO reconcile_analyst;
GRANT SELECT ON reconcile.v_label_reject_reason TO reconcile_analyst;
GRANT SELECT ON reconcile.v_label_indicator TO reconcile_analyst;

-- The auditor: who delivered, ran and exported what (no person-level data either).
CREATE ROLE IF NOT EXISTS reconcile_auditor;
GRANT SELECT ON reconcile.v_audit_file TO reconcile_auditor;
GRANT SELECT ON reconcile.v_audit_run TO reconcile_auditor;
GRANT SELECT ON reconcile.v_audit_export TO reconcile_auditor;
