-- Example queries for analysts (H2 and MySQL/MariaDB), on the Chinese views of V14_1__analyst_views_chinese.sql.
-- None names a year: 今年 is the latest year with data, 最近一个月 the latest month.
-- Each query says what it answers (问题), the columns of its answer (列) and its rows (行).
-- ExampleQueriesTest runs every one on the sample inbox, as the analyst role on MariaDB and on H2,
-- and checks that it returns rows with exactly these columns.

-- 问题: 今年各街道每月有多少低保户（城市低保 + 农村低保），其中多少户有疑点？
-- 列: 月份, 街道, 低保户数, 疑点户数, 疑点金额
-- 行: 每个街道每个月一行，按街道、月份排序
SELECT 月份, 街道, 低保户数, 疑点户数, 疑点金额
FROM v_dibao_street_month
WHERE 年度 = (SELECT MAX(年度) FROM v_dibao_street_month)
ORDER BY 街道, 月份;

-- 问题: 今年哪些救助类别在增长（全区，年内第一个月与最近一个月相比）？
-- 列: 救助类别代码, 救助类别, 年初户数, 最近户数, 户数增减
-- 行: 每个救助类别一行，增长最多的在前
SELECT f.救助类别代码, f.救助类别, f.户数 AS 年初户数, l.户数 AS 最近户数, l.户数 - f.户数 AS 户数增减
FROM v_district_month f
JOIN v_district_month l ON l.救助类别代码 = f.救助类别代码
WHERE f.月份 = (SELECT MIN(月份) FROM v_district_month WHERE 年度 = (SELECT MAX(年度) FROM v_district_month))
  AND l.月份 = (SELECT MAX(月份) FROM v_district_month)
ORDER BY 户数增减 DESC, f.救助类别代码;

-- 问题: 最近一个月各救助类别比上月增减多少户（环比）？
-- 列: 救助类别代码, 救助类别, 上月户数, 户数, 户数增减, 新增户数, 退出户数
-- 行: 每个救助类别一行；上月没有数据时 上月户数、户数增减 为空
SELECT 救助类别代码, 救助类别, 上月户数, 户数, 户数增减, 新增户数, 退出户数
FROM v_program_growth
WHERE 月份 = (SELECT MAX(月份) FROM v_program_growth)
ORDER BY 户数增减 DESC, 救助类别代码;

-- 问题: 今年与去年同期相比如何（全区，今年已有的月份与去年同样的月份）？
-- 列: 救助类别代码, 救助类别, 月数, 户次, 上年同期户次, 发放金额, 上年同期发放金额
-- 行: 每个救助类别一行；去年没有数据时 上年同期 两列为空（样例收件箱只有一年）
SELECT 救助类别代码, 救助类别, COUNT(*) AS 月数, SUM(户数) AS 户次, SUM(上年同月户数) AS 上年同期户次,
       SUM(发放金额) AS 发放金额, SUM(上年同月发放金额) AS 上年同期发放金额
FROM v_year_on_year
WHERE 年度 = (SELECT MAX(年度) FROM v_year_on_year)
GROUP BY 救助类别代码, 救助类别
ORDER BY 救助类别代码;

-- 问题: 今年各季度各救助类别的户次和金额（全区）？
-- 列: 季度, 救助类别, 户次, 发放金额, 疑点金额
-- 行: 每个季度每个救助类别一行
SELECT 季度, 救助类别, SUM(户数) AS 户次, SUM(发放金额) AS 发放金额, SUM(疑点金额) AS 疑点金额
FROM v_district_month
WHERE 年度 = (SELECT MAX(年度) FROM v_district_month)
GROUP BY 季度, 救助类别代码, 救助类别
ORDER BY 季度, 救助类别代码;

-- 问题: 今年哪个街道的疑点金额最多？
-- 列: 街道, 疑点户次, 疑点金额, 发放金额
-- 行: 每个街道一行，疑点金额最多的在前
SELECT 街道, SUM(疑点户数) AS 疑点户次, SUM(疑点金额) AS 疑点金额, SUM(发放金额) AS 发放金额
FROM v_street_month
WHERE 年度 = (SELECT MAX(年度) FROM v_street_month)
GROUP BY 街道
ORDER BY 疑点金额 DESC, 街道;

-- 问题: 今年每月各类疑点各有多少户（全区 = 各街道之和）？
-- 列: 月份, 疑点代码, 疑点类型, 户数
-- 行: 每个月每种出现过的疑点一行
SELECT 月份, 疑点代码, 疑点类型, SUM(户数) AS 户数
FROM v_flag_street_month
WHERE 年度 = (SELECT MAX(年度) FROM v_flag_street_month)
GROUP BY 月份, 疑点序号, 疑点代码, 疑点类型
HAVING SUM(户数) > 0
ORDER BY 月份, 疑点序号;

-- 问题: 今年的绩效自评表（报上级的 指标、目标值、完成值、完成率）？
-- 列: 指标, 目标值, 完成值, 完成率
-- 行: 政策文件为今年设定目标的每个指标一行，按政策文件的顺序；无数据的 完成值 为空
SELECT 指标, 目标值, 完成值, 完成率
FROM v_self_check
WHERE 年度 = (SELECT MAX(年度) FROM v_self_check)
ORDER BY 序号;

-- 问题: 最近一个月花名册被退回的行，都是什么原因？
-- 列: 退回原因代码, 退回原因, 行数
-- 行: 每个出现过的退回原因一行，最多的在前
SELECT 退回原因代码, 退回原因, SUM(退回行数) AS 行数
FROM v_reject_street_month
WHERE 月份 = (SELECT MAX(月份) FROM v_reject_street_month)
GROUP BY 退回原因代码, 退回原因
ORDER BY 行数 DESC, 退回原因代码;

-- 问题: 最近一个月收到的文件，各状态各几份、多少行？
-- 列: status, files, rows_read, rows_rejected
-- 行: 每个状态（LOADED, DUPLICATE, REJECTED）出现过的一行
SELECT status, COUNT(*) AS files, SUM(rows_read) AS rows_read, SUM(rows_rejected) AS rows_rejected
FROM v_inbox_file
WHERE month = (SELECT MAX(month) FROM v_inbox_file)
GROUP BY status
ORDER BY status;
