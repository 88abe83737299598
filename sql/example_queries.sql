-- Example queries for analysts (H2 and MySQL). Read the views, never the person-level tables.

-- 各街道低保户数月度趋势 (urban + rural 低保 households per street and month)
SELECT month, street, SUM(households) AS dibao_households, SUM(amount) AS dibao_amount
FROM v_monthly_aggregate
WHERE program IN ('URBAN_DIBAO', 'RURAL_DIBAO') AND street <> '全区'
GROUP BY month, street
ORDER BY street, month;

-- 标记金额最高的街道 (streets with the most money at risk in a year)
SELECT street, SUM(flagged_amount) AS flagged_amount, SUM(flagged_households) AS flagged_households
FROM v_monthly_aggregate
WHERE street <> '全区' AND month LIKE '2017-%'
GROUP BY street
ORDER BY flagged_amount DESC;

-- 年度指标完成率 (the year's indicators, in the policy's order)
SELECT code, indicator_value, target, completion_rate
FROM v_indicator
WHERE year = 2017
ORDER BY position;

-- 疑点类型分布 (how many households carry each flag, district-wide, per month)
SELECT month, SUM(flag_deceased_member) AS deceased, SUM(flag_income_over) AS income,
       SUM(flag_deposit_over) AS deposit, SUM(flag_vehicle) AS vehicle, SUM(flag_property_over) AS property,
       SUM(flag_business) AS business, SUM(flag_public_employee) AS public_employee,
       SUM(flag_duplicate_enrollment) AS duplicate, SUM(flag_id_unresolved) AS id_unresolved
FROM v_monthly_aggregate
WHERE street = '全区'
GROUP BY month
ORDER BY month;

-- 文件台账: files rejected or duplicated this month
SELECT file_name, status, rows_read, rows_rejected, note FROM v_inbox_file WHERE month = '2017-06' AND status <> 'LOADED';
