-- notifications: each scheduled reminder is claimed once, by whichever backend instance inserts its key first.
-- key: what it is about, its deadline and colour, e.g. deadline:S12:2027-03-01:YELLOW
CREATE TABLE reminder_claim (
  reminder_key  VARCHAR(150) NOT NULL PRIMARY KEY,
  congress_id   BIGINT       NOT NULL,
  claimed_by    VARCHAR(100) NOT NULL,
  claimed_at    DATETIME(6)  NOT NULL
);
