-- 一事一小组: a supervision group per topic, led by a deputy; and the topic's schedule of milestones.
CREATE TABLE topic_group_member (
  topic_id   BIGINT  NOT NULL,
  deputy_id  BIGINT  NOT NULL,
  leader     BOOLEAN NOT NULL,
  PRIMARY KEY (topic_id, deputy_id),
  CONSTRAINT fk_group_topic FOREIGN KEY (topic_id) REFERENCES topic (id),
  CONSTRAINT fk_group_deputy FOREIGN KEY (deputy_id) REFERENCES deputy_mandate (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_group_deputy ON topic_group_member (deputy_id, topic_id);

CREATE TABLE milestone (
  id        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  topic_id  BIGINT       NOT NULL,
  title     VARCHAR(200) NOT NULL,
  due       DATE         NOT NULL,
  done_on   DATE,
  CONSTRAINT fk_milestone_topic FOREIGN KEY (topic_id) REFERENCES topic (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_milestone_topic ON milestone (topic_id, due);
