-- Key projects, "三问两评" (Changyi, seed 001): ask the plan, the progress and the result; deputies rate twice.
CREATE TABLE key_project (
  id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  congress_id     BIGINT        NOT NULL,
  year            INT           NOT NULL,
  name            VARCHAR(200)  NOT NULL,
  unit_id         BIGINT        NOT NULL,
  pass_threshold  DECIMAL(5,4)  NOT NULL,
  plan_answer     TEXT,
  progress_answer TEXT,
  result_answer   TEXT,
  version         INT           NOT NULL DEFAULT 0,
  created_at      DATETIME(6)   NOT NULL,
  updated_at      DATETIME(6)   NOT NULL,
  CONSTRAINT fk_project_congress FOREIGN KEY (congress_id) REFERENCES congress (id),
  CONSTRAINT fk_project_unit FOREIGN KEY (unit_id) REFERENCES handling_unit (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_project_year ON key_project (congress_id, year, id);

CREATE TABLE project_vote (
  project_id  BIGINT       NOT NULL,
  round       VARCHAR(10)  NOT NULL,
  deputy_id   BIGINT       NOT NULL,
  rating      VARCHAR(12)  NOT NULL,
  at          DATETIME(6)  NOT NULL,
  PRIMARY KEY (project_id, round, deputy_id),
  CONSTRAINT fk_vote_project FOREIGN KEY (project_id) REFERENCES key_project (id),
  CONSTRAINT fk_vote_deputy FOREIGN KEY (deputy_id) REFERENCES deputy_mandate (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
