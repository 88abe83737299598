-- Audit views (packaged into the application's Flyway migrations, like the analyst views).
-- An auditor reads who delivered, ran and exported what, and when; no person-level data.

-- 文件台账: every file delivered, its fingerprint, size, row accounting and what replaced it.
CREATE VIEW v_audit_file AS
SELECT f.id              AS file_id,          -- 文件编号
       f.month           AS month,            -- 月份
       f.file_name       AS file_name,        -- 文件名
       f.kind            AS kind,             -- 类别 (roster / 核对数据源)
       f.sha256          AS sha256,           -- SHA-256
       f.size_bytes      AS size_bytes,       -- 字节数
       f.encoding        AS encoding,         -- 编码
       f.status          AS status,           -- 状态
       f.rows_read       AS rows_read,        -- 读入行数
       f.rows_loaded     AS rows_loaded,      -- 入库行数
       f.rows_rejected   AS rows_rejected,    -- 退回行数
       f.rows_collapsed  AS rows_collapsed,   -- 合并行数
       f.replaced_by     AS replaced_by,      -- 被哪个文件替换
       f.registered_at   AS registered_at,    -- 登记时间
       f.registered_by   AS registered_by,    -- 登记的系统用户
       f.job_execution_id AS execution_id     -- 运行编号
FROM inbox_file f;

-- 运行记录: every job execution (kept when 'purge' deletes the job metadata).
CREATE VIEW v_audit_run AS
SELECT execution_id, started_at, ended_at, status, os_user, host, inbox, policy, rerun_month, exit_message
FROM run_audit;

-- 导出记录: every export, report and explain: who, when, what, where to.
CREATE VIEW v_audit_export AS
SELECT id, exported_at, os_user, host, kind, period, format, destination, row_count
FROM export_audit;
