-- The cadence a plan was last given (PUT /supervision/plans/{id}/cadence), kept so that it can be read back and
-- changed; the dated work items stay in work_item.
CREATE TABLE plan_cadence (
  plan_id              BIGINT       NOT NULL PRIMARY KEY,
  congress_id          BIGINT       NOT NULL,
  briefing_day         INT          NOT NULL,
  quarterly_inspection BOOLEAN      NOT NULL,
  semi_annual_report   BOOLEAN      NOT NULL,
  annual_review        BOOLEAN      NOT NULL,
  briefing_owner       VARCHAR(100) NOT NULL,
  inspection_owner     VARCHAR(100) NOT NULL,
  report_owner         VARCHAR(100) NOT NULL,
  review_owner         VARCHAR(100) NOT NULL,
  CONSTRAINT fk_plan_cadence_plan FOREIGN KEY (plan_id) REFERENCES supervision_plan (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
