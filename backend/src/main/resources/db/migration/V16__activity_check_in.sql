-- evaluation: 扫码签到. An activity may have its hours (on occurred_on, local time) and a check-in code that opens its
-- check-in page; deputies invited (in activity_participant) or, when open_to_all, any deputy of the congress check in.
ALTER TABLE activity ADD COLUMN starts_at TIME NULL;
ALTER TABLE activity ADD COLUMN ends_at TIME NULL;
ALTER TABLE activity ADD COLUMN open_to_all BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE activity ADD COLUMN check_in_code VARCHAR(64) NULL;
CREATE UNIQUE INDEX uq_activity_check_in_code ON activity (check_in_code);
-- when the deputy scanned the code (NULL: attendance recorded by staff)
ALTER TABLE activity_participant ADD COLUMN checked_in_at DATETIME(6) NULL;
