-- Analyst views in Chinese (packaged into the application's Flyway migrations by the build; see sql/README.md).
-- Column names are Chinese; every code keeps its column (救助类别代码, 疑点代码, ...) beside its label,
-- which comes from the label table code_label (filled from the code's one list of labels).
-- 月份 is a DATE (the first day of the month), with 年度, 季度 and 月 beside it to group by.
-- Streets and the district total (全区) are in separate views: summing a street view never counts twice.
-- Only figures: no view reaches a person, a household number or an ID.

-- The aggregate table with the month as a date and the program's label (a building block: not granted to analysts).
CREATE VIEW v_aggregate_dated AS
SELECT CAST(CONCAT(a.month, '-01') AS DATE)                 AS 月份,
       a.street                                             AS 街道,
       a.program                                            AS 救助类别代码,
       COALESCE(l.label, a.program)                         AS 救助类别,
       a.households                                         AS 户数,
       a.persons                                            AS 人数,
       a.amount                                             AS 发放金额,
       a.new_households                                     AS 新增户数,
       a.exited_households                                  AS 退出户数,
       a.verified_households                                AS 核对户数,
       a.flagged_households                                 AS 疑点户数,
       a.flagged_amount                                     AS 疑点金额,
       a.rejected_rows                                      AS 退回行数,
       a.flag_deceased_member, a.flag_income_over, a.flag_deposit_over, a.flag_vehicle, a.flag_property_over,
       a.flag_business, a.flag_public_employee, a.flag_duplicate_enrollment, a.flag_id_unresolved,
       a.flag_age_ineligible, a.flag_no_basic_enrollment
FROM monthly_aggregate a
LEFT JOIN code_label l ON l.kind = 'PROGRAM' AND l.code = a.program;

-- 街道月度汇总: one row per month, street and program (streets only; 全区 is v_district_month).
CREATE VIEW v_street_month AS
SELECT 月份, EXTRACT(YEAR FROM 月份) AS 年度, EXTRACT(QUARTER FROM 月份) AS 季度, EXTRACT(MONTH FROM 月份) AS 月,
       街道, 救助类别代码, 救助类别, 户数, 人数, 发放金额, 新增户数, 退出户数, 核对户数, 疑点户数, 疑点金额, 退回行数
FROM v_aggregate_dated
WHERE 街道 <> '全区';

-- 全区月度汇总: the district roll-up, one row per month and program (a person enrolled in two streets counts once).
CREATE VIEW v_district_month AS
SELECT 月份, EXTRACT(YEAR FROM 月份) AS 年度, EXTRACT(QUARTER FROM 月份) AS 季度, EXTRACT(MONTH FROM 月份) AS 月,
       救助类别代码, 救助类别, 户数, 人数, 发放金额, 新增户数, 退出户数, 核对户数, 疑点户数, 疑点金额, 退回行数
FROM v_aggregate_dated
WHERE 街道 = '全区';

-- 各街道低保户数与疑点: 低保 (城市低保 + 农村低保) households per street and month, and how many were flagged.
CREATE VIEW v_dibao_street_month AS
SELECT 月份, 年度, 季度, 月, 街道,
       SUM(户数) AS 低保户数, SUM(人数) AS 低保人数, SUM(发放金额) AS 发放金额,
       SUM(疑点户数) AS 疑点户数, SUM(疑点金额) AS 疑点金额
FROM v_street_month
WHERE 救助类别代码 IN ('URBAN_DIBAO', 'RURAL_DIBAO')
GROUP BY 月份, 年度, 季度, 月, 街道;

-- 救助类别环比: the district's programs month on month (上月 empty when the month before has no row).
CREATE VIEW v_program_growth AS
SELECT m.月份, m.年度, m.季度, m.月, m.救助类别代码, m.救助类别,
       m.户数, p.户数 AS 上月户数, m.户数 - p.户数 AS 户数增减, m.新增户数, m.退出户数,
       m.发放金额, p.发放金额 AS 上月发放金额, m.发放金额 - p.发放金额 AS 金额增减
FROM v_district_month m
LEFT JOIN v_district_month p
       ON p.救助类别代码 = m.救助类别代码 AND p.年度 * 12 + p.月 + 1 = m.年度 * 12 + m.月;

-- 救助类别同比: the district's programs against the same month of the year before (上年 empty when it has no row).
CREATE VIEW v_year_on_year AS
SELECT m.月份, m.年度, m.季度, m.月, m.救助类别代码, m.救助类别,
       m.户数, y.户数 AS 上年同月户数, m.户数 - y.户数 AS 户数增减,
       m.发放金额, y.发放金额 AS 上年同月发放金额, m.发放金额 - y.发放金额 AS 金额增减,
       m.疑点户数, y.疑点户数 AS 上年同月疑点户数
FROM v_district_month m
LEFT JOIN v_district_month y
       ON y.救助类别代码 = m.救助类别代码 AND y.年度 = m.年度 - 1 AND y.月 = m.月;

-- 疑点类型分布: households carrying each flag, per month, street and program (streets only: the district's
-- count of a flag is the sum of its streets', a household belonging to one street). Zero counts included.
CREATE VIEW v_flag_street_month AS
SELECT s.月份, EXTRACT(YEAR FROM s.月份) AS 年度, EXTRACT(QUARTER FROM s.月份) AS 季度, EXTRACT(MONTH FROM s.月份) AS 月,
       s.街道, s.救助类别代码, s.救助类别, f.code AS 疑点代码, f.label AS 疑点类型, f.position AS 疑点序号,
       CASE f.code
           WHEN 'DECEASED_MEMBER' THEN s.flag_deceased_member
           WHEN 'INCOME_OVER' THEN s.flag_income_over
           WHEN 'DEPOSIT_OVER' THEN s.flag_deposit_over
           WHEN 'VEHICLE' THEN s.flag_vehicle
           WHEN 'PROPERTY_OVER' THEN s.flag_property_over
           WHEN 'BUSINESS' THEN s.flag_business
           WHEN 'PUBLIC_EMPLOYEE' THEN s.flag_public_employee
           WHEN 'DUPLICATE_ENROLLMENT' THEN s.flag_duplicate_enrollment
           WHEN 'ID_UNRESOLVED' THEN s.flag_id_unresolved
           WHEN 'AGE_INELIGIBLE' THEN s.flag_age_ineligible
           WHEN 'NO_BASIC_ENROLLMENT' THEN s.flag_no_basic_enrollment
       END AS 户数
FROM v_aggregate_dated s
JOIN code_label f ON f.kind = 'FLAG'
WHERE s.街道 <> '全区';

-- 退回原因分布: rejected roster rows per month, street, program and reason, as the rosters named them
-- (an unrecognised street or program shows as typed). Counts only: no row, name or ID.
CREATE VIEW v_reject_street_month AS
SELECT CAST(CONCAT(r.month, '-01') AS DATE) AS 月份, r.street AS 街道, r.program AS 救助类别代码,
       COALESCE(p.label, r.program) AS 救助类别, r.reason AS 退回原因代码, COALESCE(l.label, r.reason) AS 退回原因,
       COUNT(*) AS 退回行数
FROM roster_row r
JOIN inbox_file f ON f.id = r.file_id AND f.replaced_by IS NULL
LEFT JOIN code_label p ON p.kind = 'PROGRAM' AND p.code = r.program
LEFT JOIN code_label l ON l.kind = 'REJECT_REASON' AND l.code = r.reason
WHERE r.outcome = 'REJECTED' AND r.superseded = FALSE
GROUP BY r.month, r.street, r.program, p.label, r.reason, l.label;

-- 绩效自评表: the year's indicators against the policy's targets, in the policy's order.
CREATE VIEW v_self_check AS
SELECT i.year AS 年度, i.position AS 序号, i.code AS 指标代码, COALESCE(l.label, i.code) AS 指标,
       i.target AS 目标值, i.indicator_value AS 完成值, i.completion_rate AS 完成率
FROM indicator_value i
LEFT JOIN code_label l ON l.kind = 'INDICATOR' AND l.code = i.code;

-- The labels themselves, one view per kind.
CREATE VIEW v_label_program AS
SELECT code AS 代码, label AS 救助类别, position AS 序号 FROM code_label WHERE kind = 'PROGRAM';

CREATE VIEW v_label_flag AS
SELECT code AS 代码, label AS 疑点类型, hint AS 核实要点, position AS 序号 FROM code_label WHERE kind = 'FLAG';

CREATE VIEW v_label_reject_reason AS
SELECT code AS 代码, label AS 退回原因, hint AS 修改要点, position AS 序号 FROM code_label WHERE kind = 'REJECT_REASON';

CREATE VIEW v_label_indicator AS
SELECT code AS 代码, label AS 指标, position AS 序号 FROM code_label WHERE kind = 'INDICATOR';
