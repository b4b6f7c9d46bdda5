-- Deputy performance evaluation (代表履职评价): activities for the dossier, versioned scoring schemes, scores with
-- their per-indicator points, publication with an objection window and an immutable snapshot.

-- Activity types: the built-in ones (congress_id NULL) for every congress, plus those a congress's admins add.
CREATE TABLE activity_type (
  id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  congress_id  BIGINT,
  code         VARCHAR(30)  NOT NULL,
  name         VARCHAR(50)  NOT NULL,
  CONSTRAINT fk_activity_type_congress FOREIGN KEY (congress_id) REFERENCES congress (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_activity_type ON activity_type (congress_id, code);

INSERT INTO activity_type (congress_id, code, name) VALUES
  (NULL, 'SESSION', '出席代表大会会议'),
  (NULL, 'SITTING', '列席常委会会议'),
  (NULL, 'INSPECTION', '视察'),
  (NULL, 'RESEARCH', '专题调研'),
  (NULL, 'LAW_CHECK', '执法检查'),
  (NULL, 'TRAINING', '履职学习培训'),
  (NULL, 'RECEPTION', '联络站接待选民'),
  (NULL, 'OPINION', '收集社情民意'),
  (NULL, 'REPORT', '向选民述职'),
  (NULL, 'GROUP_WORK', '监督小组工作'),
  (NULL, 'VOLUNTEER', '志愿服务');

-- An activity (an event): staff record it with its deputies and their attendance; a deputy may report their own,
-- which counts only once staff confirm it.
CREATE TABLE activity (
  id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  congress_id   BIGINT        NOT NULL,
  type_id       BIGINT        NOT NULL,
  title         VARCHAR(200)  NOT NULL,
  occurred_on   DATE          NOT NULL,
  station_id    BIGINT,
  description   TEXT,
  status        VARCHAR(12)   NOT NULL,
  reported_by   BIGINT,
  reject_reason VARCHAR(500),
  version       INT           NOT NULL DEFAULT 0,
  created_at    DATETIME(6)   NOT NULL,
  updated_at    DATETIME(6)   NOT NULL,
  CONSTRAINT fk_activity_congress FOREIGN KEY (congress_id) REFERENCES congress (id),
  CONSTRAINT fk_activity_type FOREIGN KEY (type_id) REFERENCES activity_type (id),
  CONSTRAINT fk_activity_station FOREIGN KEY (station_id) REFERENCES liaison_station (id),
  CONSTRAINT fk_activity_reporter FOREIGN KEY (reported_by) REFERENCES deputy_mandate (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_activity_list ON activity (congress_id, occurred_on, id);
CREATE INDEX ix_activity_status ON activity (congress_id, status, id);

-- One row per deputy at an activity. year, type_id and counted (the activity is confirmed) are copies of the
-- activity's, so the scoring pass reads this table alone through one covering index.
CREATE TABLE activity_participant (
  activity_id  BIGINT       NOT NULL,
  mandate_id   BIGINT       NOT NULL,
  congress_id  BIGINT       NOT NULL,
  year         INT          NOT NULL,
  type_id      BIGINT       NOT NULL,
  counted      BOOLEAN      NOT NULL,
  attendance   VARCHAR(8)   NOT NULL,
  rating       DECIMAL(5,2),
  PRIMARY KEY (activity_id, mandate_id),
  CONSTRAINT fk_participant_activity FOREIGN KEY (activity_id) REFERENCES activity (id),
  CONSTRAINT fk_participant_mandate FOREIGN KEY (mandate_id) REFERENCES deputy_mandate (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_participant_scoring ON activity_participant (congress_id, year, counted, mandate_id, type_id, attendance, rating);

-- Quality appraisal of a suggestion (0–100) and its award (e.g. 优秀建议), which the scores read.
ALTER TABLE suggestion ADD COLUMN quality_score INT;
ALTER TABLE suggestion ADD COLUMN award VARCHAR(30);
CREATE INDEX ix_suggestion_submitted ON suggestion (congress_id, submitted_at, lead_deputy_id);

-- A scoring scheme per congress and year; changing one that has been used makes a new revision.
CREATE TABLE scoring_scheme (
  id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  congress_id      BIGINT        NOT NULL,
  year             INT           NOT NULL,
  revision         INT           NOT NULL,
  name             VARCHAR(200)  NOT NULL,
  excellent_from   DECIMAL(8,2)  NOT NULL,
  competent_from   DECIMAL(8,2)  NOT NULL,
  basic_from       DECIMAL(8,2)  NOT NULL,
  excellent_top_n  INT           NOT NULL,
  used             BOOLEAN       NOT NULL DEFAULT FALSE,
  superseded       BOOLEAN       NOT NULL DEFAULT FALSE,
  version          INT           NOT NULL DEFAULT 0,
  created_at       DATETIME(6)   NOT NULL,
  updated_at       DATETIME(6)   NOT NULL,
  CONSTRAINT fk_scheme_congress FOREIGN KEY (congress_id) REFERENCES congress (id),
  CONSTRAINT uq_scheme_revision UNIQUE (congress_id, year, revision)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE scoring_indicator (
  scheme_id         BIGINT        NOT NULL,
  position          INT           NOT NULL,
  name              VARCHAR(100)  NOT NULL,
  source            VARCHAR(20)   NOT NULL,
  activity_type_id  BIGINT,
  rule              VARCHAR(10)   NOT NULL,
  weight            DECIMAL(6,3)  NOT NULL,
  points_per        DECIMAL(8,2),
  cap               DECIMAL(8,2),
  full_points       DECIMAL(8,2),
  registered_only   BOOLEAN       NOT NULL DEFAULT FALSE,
  PRIMARY KEY (scheme_id, position),
  CONSTRAINT fk_indicator_scheme FOREIGN KEY (scheme_id) REFERENCES scoring_scheme (id),
  CONSTRAINT fk_indicator_type FOREIGN KEY (activity_type_id) REFERENCES activity_type (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The live scores of a year (recomputed as records change). points packs each indicator's figures as
-- "position:records:counted:raw:points" joined by ';', so a recompute writes one row per deputy.
CREATE TABLE score (
  congress_id  BIGINT        NOT NULL,
  year         INT           NOT NULL,
  mandate_id   BIGINT        NOT NULL,
  scheme_id    BIGINT        NOT NULL,
  total        DECIMAL(10,2) NOT NULL,
  rank_no      INT,
  grade        VARCHAR(12),
  points       TEXT          NOT NULL,
  computed_at  DATETIME(6)   NOT NULL,
  PRIMARY KEY (congress_id, year, mandate_id),
  CONSTRAINT fk_score_scheme FOREIGN KEY (scheme_id) REFERENCES scoring_scheme (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_score_rank ON score (congress_id, year, rank_no, mandate_id);

-- Publication: an objection window over the live scores, then an immutable snapshot.
CREATE TABLE score_publication (
  id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  congress_id      BIGINT       NOT NULL,
  year             INT          NOT NULL,
  status           VARCHAR(12)  NOT NULL,
  window_ends      DATE         NOT NULL,
  rankings_public  BOOLEAN      NOT NULL,
  scheme_id        BIGINT,
  published_at     DATETIME(6),
  version          INT          NOT NULL DEFAULT 0,
  created_at       DATETIME(6)  NOT NULL,
  updated_at       DATETIME(6)  NOT NULL,
  CONSTRAINT fk_publication_congress FOREIGN KEY (congress_id) REFERENCES congress (id),
  CONSTRAINT fk_publication_scheme FOREIGN KEY (scheme_id) REFERENCES scoring_scheme (id),
  CONSTRAINT uq_publication_year UNIQUE (congress_id, year)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE published_score (
  publication_id  BIGINT        NOT NULL,
  mandate_id      BIGINT        NOT NULL,
  name            VARCHAR(50)   NOT NULL,
  total           DECIMAL(10,2) NOT NULL,
  rank_no         INT           NOT NULL,
  grade           VARCHAR(12)   NOT NULL,
  points          TEXT          NOT NULL,
  PRIMARY KEY (publication_id, mandate_id),
  CONSTRAINT fk_published_publication FOREIGN KEY (publication_id) REFERENCES score_publication (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_published_rank ON published_score (publication_id, rank_no, mandate_id);

CREATE TABLE objection (
  id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  congress_id     BIGINT        NOT NULL,
  publication_id  BIGINT        NOT NULL,
  mandate_id      BIGINT        NOT NULL,
  activity_id     BIGINT,
  position        INT,
  text            VARCHAR(2000) NOT NULL,
  status          VARCHAR(10)   NOT NULL,
  answer          VARCHAR(2000),
  answered_at     DATETIME(6),
  version         INT           NOT NULL DEFAULT 0,
  created_at      DATETIME(6)   NOT NULL,
  updated_at      DATETIME(6)   NOT NULL,
  CONSTRAINT fk_objection_publication FOREIGN KEY (publication_id) REFERENCES score_publication (id),
  CONSTRAINT fk_objection_mandate FOREIGN KEY (mandate_id) REFERENCES deputy_mandate (id),
  CONSTRAINT fk_objection_activity FOREIGN KEY (activity_id) REFERENCES activity (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_objection_publication ON objection (publication_id, status, id);
