-- 退回原因分布 once more: the rows of loaded files only. Ingest commits a roster's rows as it writes
-- them and the file's status after its last row (db/WriteBehind), so the rows of a file whose ingest
-- was cut short stay until its next attempt removes them; they count nowhere. Columns as in V14_1.
DROP VIEW v_reject_street_month;
CREATE VIEW v_reject_street_month AS
SELECT CAST(CONCAT(r.month, '-01') AS DATE) AS 月份, r.street AS 街道, r.program AS 救助类别代码,
       COALESCE(p.label, r.program) AS 救助类别, r.reason AS 退回原因代码, COALESCE(l.label, r.reason) AS 退回原因,
       COUNT(*) AS 退回行数
FROM inbox_file f
JOIN roster_row r ON r.row_id BETWEEN f.id * 4294967296 AND f.id * 4294967296 + 4294967295
LEFT JOIN code_label p ON p.kind = 'PROGRAM' AND p.code = r.program
LEFT JOIN code_label l ON l.kind = 'REJECT_REASON' AND l.code = r.reason
WHERE f.status = 'LOADED' AND f.replaced_by IS NULL AND r.outcome = 'REJECTED' AND r.superseded = FALSE
GROUP BY r.month, r.street, r.program, p.label, r.reason, l.label;
