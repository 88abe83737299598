-- 文件台账 once more: the run that read a roster again ('rerun-month M --reread-rosters'), beside
-- the run that registered it. Columns otherwise as in V7.
DROP VIEW v_audit_file;
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
       f.job_execution_id AS execution_id,    -- 运行编号
       f.reread_job_execution_id AS reread_execution_id -- 重新读入的运行编号 (rerun-month --reread-rosters)
FROM inbox_file f;
