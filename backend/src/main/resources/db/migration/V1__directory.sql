-- Directory: congresses and everything that hangs off them. Portable to MySQL 8 and MariaDB 10.6+.
CREATE TABLE congress (
  id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  code          VARCHAR(32)  NOT NULL,
  name          VARCHAR(100) NOT NULL,
  level         VARCHAR(20)  NOT NULL,
  region        VARCHAR(100),
  current_term  INT          NOT NULL,
  version       INT          NOT NULL DEFAULT 0,
  created_at    DATETIME(6)  NOT NULL,
  updated_at    DATETIME(6)  NOT NULL,
  CONSTRAINT uq_congress_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE committee (
  id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  congress_id  BIGINT       NOT NULL,
  name         VARCHAR(100) NOT NULL,
  kind         VARCHAR(20)  NOT NULL,
  version      INT          NOT NULL DEFAULT 0,
  created_at   DATETIME(6)  NOT NULL,
  updated_at   DATETIME(6)  NOT NULL,
  CONSTRAINT fk_committee_congress FOREIGN KEY (congress_id) REFERENCES congress (id),
  CONSTRAINT uq_committee_name UNIQUE (congress_id, name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE delegation (
  id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  congress_id  BIGINT       NOT NULL,
  name         VARCHAR(100) NOT NULL,
  version      INT          NOT NULL DEFAULT 0,
  created_at   DATETIME(6)  NOT NULL,
  updated_at   DATETIME(6)  NOT NULL,
  CONSTRAINT fk_delegation_congress FOREIGN KEY (congress_id) REFERENCES congress (id),
  CONSTRAINT uq_delegation_name UNIQUE (congress_id, name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE liaison_station (
  id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  congress_id        BIGINT       NOT NULL,
  name               VARCHAR(100) NOT NULL,
  township           VARCHAR(50),
  address            VARCHAR(200),
  contact_person     VARCHAR(50),
  contact_phone      VARCHAR(30),
  reception_schedule VARCHAR(200),
  version            INT          NOT NULL DEFAULT 0,
  created_at         DATETIME(6)  NOT NULL,
  updated_at         DATETIME(6)  NOT NULL,
  CONSTRAINT fk_station_congress FOREIGN KEY (congress_id) REFERENCES congress (id),
  CONSTRAINT uq_station_name UNIQUE (congress_id, name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE handling_unit (
  id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  congress_id    BIGINT       NOT NULL,
  name           VARCHAR(100) NOT NULL,
  short_name     VARCHAR(30),
  kind           VARCHAR(30)  NOT NULL,
  contact_person VARCHAR(50),
  contact_phone  VARCHAR(30),
  active         BOOLEAN      NOT NULL DEFAULT TRUE,
  version        INT          NOT NULL DEFAULT 0,
  created_at     DATETIME(6)  NOT NULL,
  updated_at     DATETIME(6)  NOT NULL,
  CONSTRAINT fk_unit_congress FOREIGN KEY (congress_id) REFERENCES congress (id),
  CONSTRAINT uq_unit_name UNIQUE (congress_id, name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_unit_kind ON handling_unit (congress_id, kind, name);

-- A person may hold mandates in several congresses (a county deputy may also sit in a township congress).
CREATE TABLE person (
  id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name        VARCHAR(50)  NOT NULL,
  gender      VARCHAR(10)  NOT NULL,
  ethnicity   VARCHAR(20),
  birth_date  DATE,
  id_number   VARCHAR(18),
  phone       VARCHAR(20),
  version     INT          NOT NULL DEFAULT 0,
  created_at  DATETIME(6)  NOT NULL,
  updated_at  DATETIME(6)  NOT NULL,
  CONSTRAINT uq_person_id_number UNIQUE (id_number)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_person_name ON person (name);

CREATE TABLE deputy_mandate (
  id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  congress_id       BIGINT       NOT NULL,
  person_id         BIGINT       NOT NULL,
  -- a copy of person.name, so lists sort and search by name on this table's own index
  name              VARCHAR(50)  NOT NULL,
  term              INT          NOT NULL,
  delegation_id     BIGINT       NOT NULL,
  station_id        BIGINT,
  party             VARCHAR(20)  NOT NULL,
  occupation_group  VARCHAR(20)  NOT NULL,
  occupation        VARCHAR(100),
  status            VARCHAR(20)  NOT NULL,
  version           INT          NOT NULL DEFAULT 0,
  created_at        DATETIME(6)  NOT NULL,
  updated_at        DATETIME(6)  NOT NULL,
  CONSTRAINT fk_mandate_congress FOREIGN KEY (congress_id) REFERENCES congress (id),
  CONSTRAINT fk_mandate_person FOREIGN KEY (person_id) REFERENCES person (id),
  CONSTRAINT fk_mandate_delegation FOREIGN KEY (delegation_id) REFERENCES delegation (id),
  CONSTRAINT fk_mandate_station FOREIGN KEY (station_id) REFERENCES liaison_station (id),
  CONSTRAINT uq_mandate UNIQUE (congress_id, person_id, term)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_mandate_name ON deputy_mandate (congress_id, name, id);
CREATE INDEX ix_mandate_status ON deputy_mandate (congress_id, status, id);
CREATE INDEX ix_mandate_delegation ON deputy_mandate (congress_id, delegation_id, id);
CREATE INDEX ix_mandate_station ON deputy_mandate (congress_id, station_id, id);
CREATE INDEX ix_mandate_term ON deputy_mandate (congress_id, term, id);

CREATE TABLE app_user (
  id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  congress_id       BIGINT       NOT NULL,
  username          VARCHAR(50)  NOT NULL,
  display_name      VARCHAR(50)  NOT NULL,
  role              VARCHAR(20)  NOT NULL,
  keycloak_subject  VARCHAR(64),
  unit_id           BIGINT,
  deputy_id         BIGINT,
  enabled           BOOLEAN      NOT NULL DEFAULT TRUE,
  version           INT          NOT NULL DEFAULT 0,
  created_at        DATETIME(6)  NOT NULL,
  updated_at        DATETIME(6)  NOT NULL,
  CONSTRAINT fk_user_congress FOREIGN KEY (congress_id) REFERENCES congress (id),
  CONSTRAINT fk_user_unit FOREIGN KEY (unit_id) REFERENCES handling_unit (id),
  CONSTRAINT fk_user_deputy FOREIGN KEY (deputy_id) REFERENCES deputy_mandate (id),
  CONSTRAINT uq_user_username UNIQUE (username),
  CONSTRAINT uq_user_subject UNIQUE (keycloak_subject)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_user_role ON app_user (congress_id, role, id);

-- Audit trail: who changed which record when, field by field. Written in the same transaction as the change.
CREATE TABLE audit_event (
  id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  congress_id  BIGINT       NOT NULL,
  entity_type  VARCHAR(40)  NOT NULL,
  entity_id    BIGINT       NOT NULL,
  action       VARCHAR(10)  NOT NULL,
  actor        VARCHAR(100) NOT NULL,
  actor_user_id BIGINT,
  at           DATETIME(6)  NOT NULL,
  changes      TEXT         NOT NULL,
  request_id   VARCHAR(40)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_audit_entity ON audit_event (entity_type, entity_id, id);
CREATE INDEX ix_audit_congress ON audit_event (congress_id, id);
