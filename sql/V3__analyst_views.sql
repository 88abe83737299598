-- Analyst views (packaged into the application's Flyway migrations by the build; see sql/README.md).
-- They expose figures only: no person-level table is reachable through them.

-- 月度汇总: one row per month, street (全区 = district roll-up) and program (CONTRACT §9).
CREATE VIEW v_monthly_aggregate AS
SELECT month                     AS month,            -- 月份
       street                    AS street,           -- 街道 (全区 = 全区合计)
       program                   AS program,          -- 救助类别
       households                AS households,       -- 户数
       persons                   AS persons,          -- 人数
       amount                    AS amount,           -- 发放金额 (元)
       new_households            AS new_households,   -- 新增户数 (上月无花名册时为空)
       exited_households         AS exited_households,-- 退出户数
       verified_households       AS verified_households, -- 核对户数 (核对报告份数)
       flagged_households        AS flagged_households,  -- 疑点户数
       flagged_amount            AS flagged_amount,      -- 疑点金额 (元)
       rejected_rows             AS rejected_rows,       -- 退回行数
       flag_deceased_member, flag_income_over, flag_deposit_over, flag_vehicle, flag_property_over,
       flag_business, flag_public_employee, flag_duplicate_enrollment, flag_id_unresolved,
       flag_age_ineligible, flag_no_basic_enrollment
FROM monthly_aggregate;

-- 绩效指标: the year's indicators against the policy's targets (CONTRACT §10).
CREATE VIEW v_indicator AS
SELECT year            AS year,             -- 年度
       code            AS code,             -- 指标代码
       position        AS position,         -- 排序
       indicator_value AS indicator_value,  -- 完成值
       target          AS target,           -- 目标值
       completion_rate AS completion_rate   -- 完成率
FROM indicator_value;

-- 文件台账: every inbox file with its accounting (no personal data).
CREATE VIEW v_inbox_file AS
SELECT month, file_name, kind, sha256, status, rows_read, rows_loaded, rows_rejected, rows_collapsed, note, registered_at
FROM inbox_file
WHERE replaced_by IS NULL;
