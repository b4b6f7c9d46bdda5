-- Closed-loop rectification (三张清单): problems found in a topic's deliberation, who answers for them,
-- the measures and deadline, progress, verification, look-back and escalation, each step kept.
CREATE TABLE problem (
  id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  congress_id         BIGINT       NOT NULL,
  topic_id            BIGINT       NOT NULL,
  description         TEXT         NOT NULL,
  unit_id             BIGINT       NOT NULL,
  responsible_person  VARCHAR(50)  NOT NULL,
  measures            TEXT         NOT NULL,
  deadline            DATE         NOT NULL,
  status              VARCHAR(12)  NOT NULL,
  escalation          VARCHAR(25)  NOT NULL,
  reopened            INT          NOT NULL DEFAULT 0,
  rectified_at        DATETIME(6),
  version             INT          NOT NULL DEFAULT 0,
  created_at          DATETIME(6)  NOT NULL,
  updated_at          DATETIME(6)  NOT NULL,
  CONSTRAINT fk_problem_congress FOREIGN KEY (congress_id) REFERENCES congress (id),
  CONSTRAINT fk_problem_topic FOREIGN KEY (topic_id) REFERENCES topic (id),
  CONSTRAINT fk_problem_unit FOREIGN KEY (unit_id) REFERENCES handling_unit (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_problem_topic ON problem (topic_id, id);
CREATE INDEX ix_problem_unit ON problem (congress_id, unit_id, status, deadline);
CREATE INDEX ix_problem_status ON problem (congress_id, status, deadline, id);

CREATE TABLE problem_step (
  id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  problem_id   BIGINT       NOT NULL,
  action       VARCHAR(25)  NOT NULL,
  actor        VARCHAR(100) NOT NULL,
  at           DATETIME(6)  NOT NULL,
  note         TEXT,
  outcome      VARCHAR(25),
  CONSTRAINT fk_pstep_problem FOREIGN KEY (problem_id) REFERENCES problem (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_pstep_problem ON problem_step (problem_id, id);
