-- Suggestion tracking (建议办理): suggestions, motions and citizen opinions, their assignments to handling units,
-- contacts with the deputy, replies, the deputy's feedback, and each congress's handling settings.
CREATE TABLE suggestion_settings (
  congress_id              BIGINT      NOT NULL PRIMARY KEY,
  default_deadline_months  INT         NOT NULL DEFAULT 3,
  max_deadline_months      INT         NOT NULL DEFAULT 6,
  rehandling_days          INT         NOT NULL DEFAULT 30,
  reassign_window_days     INT         NOT NULL DEFAULT 5,
  yellow_days              INT         NOT NULL DEFAULT 10,
  deadline_mode            VARCHAR(10) NOT NULL DEFAULT 'CALENDAR',
  version                  INT         NOT NULL DEFAULT 0,
  updated_at               DATETIME(6) NOT NULL,
  CONSTRAINT fk_settings_congress FOREIGN KEY (congress_id) REFERENCES congress (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE suggestion (
  id                   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  congress_id          BIGINT       NOT NULL,
  number               VARCHAR(30),
  kind                 VARCHAR(12)  NOT NULL,
  source               VARCHAR(12)  NOT NULL,
  title                VARCHAR(200) NOT NULL,
  content              TEXT         NOT NULL,
  category             VARCHAR(30)  NOT NULL,
  session_label        VARCHAR(50),
  between_sessions     BOOLEAN      NOT NULL DEFAULT FALSE,
  lead_deputy_id       BIGINT,
  citizen_name         VARCHAR(50),
  citizen_phone        VARCHAR(20),
  station_id           BIGINT,
  public_flag          BOOLEAN      NOT NULL DEFAULT FALSE,
  status               VARCHAR(15)  NOT NULL,
  round                INT          NOT NULL DEFAULT 0,
  submitted_at         DATETIME(6),
  registered_at        DATETIME(6),
  decline_reason       VARCHAR(500),
  key_supervisor_id    BIGINT,
  assigned_on          DATE,
  deadline             DATE,
  replied_at           DATETIME(6),
  reply_class          VARCHAR(1),
  feedback_rating      VARCHAR(12),
  closed_at            DATETIME(6),
  follow_up            BOOLEAN      NOT NULL DEFAULT FALSE,
  created_by           BIGINT       NOT NULL,
  version              INT          NOT NULL DEFAULT 0,
  created_at           DATETIME(6)  NOT NULL,
  updated_at           DATETIME(6)  NOT NULL,
  CONSTRAINT fk_suggestion_congress FOREIGN KEY (congress_id) REFERENCES congress (id),
  CONSTRAINT fk_suggestion_deputy FOREIGN KEY (lead_deputy_id) REFERENCES deputy_mandate (id),
  CONSTRAINT fk_suggestion_station FOREIGN KEY (station_id) REFERENCES liaison_station (id),
  CONSTRAINT fk_suggestion_supervisor FOREIGN KEY (key_supervisor_id) REFERENCES app_user (id),
  CONSTRAINT uq_suggestion_number UNIQUE (congress_id, number)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_suggestion_status ON suggestion (congress_id, status, deadline, id);
CREATE INDEX ix_suggestion_deputy ON suggestion (congress_id, lead_deputy_id, id);
CREATE INDEX ix_suggestion_category ON suggestion (congress_id, category, id);
CREATE INDEX ix_suggestion_created ON suggestion (congress_id, created_at, id);

CREATE TABLE suggestion_cosigner (
  suggestion_id  BIGINT NOT NULL,
  deputy_id      BIGINT NOT NULL,
  PRIMARY KEY (suggestion_id, deputy_id),
  CONSTRAINT fk_cosigner_suggestion FOREIGN KEY (suggestion_id) REFERENCES suggestion (id),
  CONSTRAINT fk_cosigner_deputy FOREIGN KEY (deputy_id) REFERENCES deputy_mandate (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_cosigner_deputy ON suggestion_cosigner (deputy_id, suggestion_id);

CREATE TABLE assignment (
  id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  suggestion_id       BIGINT       NOT NULL,
  unit_id             BIGINT       NOT NULL,
  lead                BOOLEAN      NOT NULL,
  active              BOOLEAN      NOT NULL DEFAULT TRUE,
  assigned_on         DATE         NOT NULL,
  reassign_reason     VARCHAR(500),
  reassign_requested_at DATETIME(6),
  contacted_round     INT          NOT NULL DEFAULT 0,
  co_opinion          TEXT,
  co_opinion_at       DATETIME(6),
  CONSTRAINT fk_assignment_suggestion FOREIGN KEY (suggestion_id) REFERENCES suggestion (id),
  CONSTRAINT fk_assignment_unit FOREIGN KEY (unit_id) REFERENCES handling_unit (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_assignment_unit ON assignment (unit_id, active, suggestion_id);
CREATE INDEX ix_assignment_suggestion ON assignment (suggestion_id, active);

-- The timeline: every step of an item, who took it and when, with its details (contacts, replies, ratings).
CREATE TABLE suggestion_step (
  id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  suggestion_id  BIGINT       NOT NULL,
  round          INT          NOT NULL,
  action         VARCHAR(30)  NOT NULL,
  actor          VARCHAR(100) NOT NULL,
  actor_user_id  BIGINT,
  unit_id        BIGINT,
  at             DATETIME(6)  NOT NULL,
  note           TEXT,
  reply_class    VARCHAR(1),
  rating_contact VARCHAR(12),
  rating_attitude VARCHAR(12),
  rating_result  VARCHAR(12),
  CONSTRAINT fk_step_suggestion FOREIGN KEY (suggestion_id) REFERENCES suggestion (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_step_suggestion ON suggestion_step (suggestion_id, id);
CREATE INDEX ix_step_action ON suggestion_step (action, at);
