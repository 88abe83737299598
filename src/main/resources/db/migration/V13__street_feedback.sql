-- Street feedback (核对反馈): every feedback workbook issued to an office, and its items, so that the
-- next feedback of the month marks each item 已改正 or 仍存在. Masked text only, as in the workbook.
CREATE TABLE feedback_issue (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    month       CHAR(7)       NOT NULL,
    office      VARCHAR(200)  NOT NULL,
    issued_at   TIMESTAMP     NOT NULL,
    issued_by   VARCHAR(400)  NOT NULL,
    file_name   VARCHAR(400)  NOT NULL
) ${table_options};
CREATE INDEX feedback_issue_office ON feedback_issue (month, office);

CREATE TABLE feedback_item (
    issue_id    BIGINT        NOT NULL,
    position    INT           NOT NULL,
    kind        VARCHAR(16)   NOT NULL,
    item_key    VARCHAR(2400) NOT NULL,
    codes       VARCHAR(400)  NOT NULL,
    cells       TEXT          NOT NULL,
    status      VARCHAR(16)   NOT NULL,
    PRIMARY KEY (issue_id, position)
) ${table_options};
