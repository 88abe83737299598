-- The Chinese label of every code (救助类别, 疑点类型, 退回原因, 绩效指标), so that an analyst's SQL can
-- show 城市低保 instead of URBAN_DIBAO. The rows come from org.civilaffairs.reconcile.labels.Labels,
-- the one place of the labels: the repeatable migration R__code_labels rewrites them whenever Labels changes.
CREATE TABLE code_label (
    kind     VARCHAR(20)  NOT NULL,  -- PROGRAM, FLAG, REJECT_REASON, INDICATOR
    code     VARCHAR(40)  NOT NULL,  -- the code of the contract: URBAN_DIBAO, INCOME_OVER, BAD_ID, ...
    position INT          NOT NULL,  -- the order within its kind, as Labels lists them
    label    VARCHAR(100) NOT NULL,  -- 中文名称
    hint     VARCHAR(400) NOT NULL,  -- what the street office checks or fixes (flags, reject reasons); empty otherwise
    PRIMARY KEY (kind, code)
) ${table_options};
