-- The recurring work a plan sets (Lingbao, seed 003): monthly briefing, quarterly inspection, semi-annual report,
-- annual review with a satisfaction vote — each generated as a dated item with who owes it.
CREATE TABLE work_item (
  id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  congress_id  BIGINT       NOT NULL,
  plan_id      BIGINT       NOT NULL,
  kind         VARCHAR(25)  NOT NULL,
  title        VARCHAR(200) NOT NULL,
  due          DATE         NOT NULL,
  owner        VARCHAR(100) NOT NULL,
  done_on      DATE,
  CONSTRAINT fk_work_item_plan FOREIGN KEY (plan_id) REFERENCES supervision_plan (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_work_item_plan ON work_item (plan_id, due, id);
