-- Files attached to a suggestion or its reply (PDF, images, Office files), kept with their SHA-256 checksum.
CREATE TABLE attachment (
  id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  congress_id    BIGINT       NOT NULL,
  suggestion_id  BIGINT       NOT NULL,
  filename       VARCHAR(200) NOT NULL,
  content_type   VARCHAR(100) NOT NULL,
  size_bytes     BIGINT       NOT NULL,
  sha256         CHAR(64)     NOT NULL,
  data           LONGBLOB     NOT NULL,
  uploaded_by    VARCHAR(100) NOT NULL,
  uploaded_at    DATETIME(6)  NOT NULL,
  CONSTRAINT fk_attachment_suggestion FOREIGN KEY (suggestion_id) REFERENCES suggestion (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_attachment_suggestion ON attachment (suggestion_id, id);
