-- Accounts keep the address notifications are mailed to (the same one Keycloak holds for the user).
ALTER TABLE app_user ADD COLUMN email VARCHAR(100) NULL;

-- notifications: what a person was told, in the app and by mail. in_app = false when the person chose mail only.
CREATE TABLE notification (
  id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  congress_id  BIGINT        NOT NULL,
  user_id      BIGINT        NOT NULL,
  kind         VARCHAR(40)   NOT NULL,
  title        VARCHAR(200)  NOT NULL,
  body         VARCHAR(2000) NOT NULL,
  link         VARCHAR(300)  NOT NULL,
  dedupe_key   VARCHAR(150)  NULL,
  in_app       BOOLEAN       NOT NULL,
  created_at   DATETIME(6)   NOT NULL,
  read_at      DATETIME(6)   NULL,
  CONSTRAINT fk_notification_user FOREIGN KEY (user_id) REFERENCES app_user (id),
  CONSTRAINT uq_notification_key UNIQUE (user_id, dedupe_key)
);
-- a person's list and unread count
CREATE INDEX ix_notification_user ON notification (user_id, in_app, read_at, id);

-- each mail to send, with its delivery state: PENDING (to send or to retry at next_attempt_at), SENT, FAILED (gave up)
CREATE TABLE mail_delivery (
  id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  notification_id  BIGINT       NOT NULL,
  address          VARCHAR(100) NOT NULL,
  state            VARCHAR(10)  NOT NULL,
  attempts         INT          NOT NULL DEFAULT 0,
  last_error       VARCHAR(500) NULL,
  next_attempt_at  DATETIME(6)  NOT NULL,
  sent_at          DATETIME(6)  NULL,
  created_at       DATETIME(6)  NOT NULL,
  CONSTRAINT fk_mail_notification FOREIGN KEY (notification_id) REFERENCES notification (id)
);
CREATE INDEX ix_mail_due ON mail_delivery (state, next_attempt_at, id);
CREATE INDEX ix_mail_notification ON mail_delivery (notification_id);

-- what each person chose to receive, per kind and channel; no row means the default (on)
CREATE TABLE notification_preference (
  id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  user_id     BIGINT       NOT NULL,
  kind        VARCHAR(40)  NOT NULL,
  channel     VARCHAR(10)  NOT NULL,
  enabled     BOOLEAN      NOT NULL,
  updated_at  DATETIME(6)  NOT NULL,
  CONSTRAINT fk_preference_user FOREIGN KEY (user_id) REFERENCES app_user (id),
  CONSTRAINT uq_preference UNIQUE (user_id, kind, channel)
);
