-- Supervision: annual plans and their topics, with the four sources (四维选题) and links to the evidence.
-- Committee accounts are tied to their committee, which owns topics.
ALTER TABLE app_user ADD COLUMN committee_id BIGINT NULL;
ALTER TABLE app_user ADD CONSTRAINT fk_user_committee FOREIGN KEY (committee_id) REFERENCES committee (id);

CREATE TABLE supervision_plan (
  id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  congress_id  BIGINT       NOT NULL,
  year         INT          NOT NULL,
  title        VARCHAR(200) NOT NULL,
  status       VARCHAR(12)  NOT NULL,
  adopted_on   DATE,
  version      INT          NOT NULL DEFAULT 0,
  created_at   DATETIME(6)  NOT NULL,
  updated_at   DATETIME(6)  NOT NULL,
  CONSTRAINT fk_plan_congress FOREIGN KEY (congress_id) REFERENCES congress (id),
  CONSTRAINT uq_plan_year UNIQUE (congress_id, year)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE topic (
  id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  congress_id    BIGINT       NOT NULL,
  plan_id        BIGINT       NOT NULL,
  title          VARCHAR(200) NOT NULL,
  description    TEXT,
  method         VARCHAR(30)  NOT NULL,
  committee_id   BIGINT,
  status         VARCHAR(15)  NOT NULL,
  version        INT          NOT NULL DEFAULT 0,
  created_at     DATETIME(6)  NOT NULL,
  updated_at     DATETIME(6)  NOT NULL,
  CONSTRAINT fk_topic_congress FOREIGN KEY (congress_id) REFERENCES congress (id),
  CONSTRAINT fk_topic_plan FOREIGN KEY (plan_id) REFERENCES supervision_plan (id),
  CONSTRAINT fk_topic_committee FOREIGN KEY (committee_id) REFERENCES committee (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_topic_plan ON topic (plan_id, status, id);
CREATE INDEX ix_topic_committee ON topic (congress_id, committee_id, id);

CREATE TABLE topic_source (
  topic_id  BIGINT      NOT NULL,
  source    VARCHAR(20) NOT NULL,
  PRIMARY KEY (topic_id, source),
  CONSTRAINT fk_source_topic FOREIGN KEY (topic_id) REFERENCES topic (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE topic_evidence (
  topic_id       BIGINT NOT NULL,
  suggestion_id  BIGINT NOT NULL,
  PRIMARY KEY (topic_id, suggestion_id),
  CONSTRAINT fk_evidence_topic FOREIGN KEY (topic_id) REFERENCES topic (id),
  CONSTRAINT fk_evidence_suggestion FOREIGN KEY (suggestion_id) REFERENCES suggestion (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_evidence_suggestion ON topic_evidence (suggestion_id);

CREATE TABLE topic_unit (
  topic_id  BIGINT NOT NULL,
  unit_id   BIGINT NOT NULL,
  PRIMARY KEY (topic_id, unit_id),
  CONSTRAINT fk_topic_unit_topic FOREIGN KEY (topic_id) REFERENCES topic (id),
  CONSTRAINT fk_topic_unit_unit FOREIGN KEY (unit_id) REFERENCES handling_unit (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
