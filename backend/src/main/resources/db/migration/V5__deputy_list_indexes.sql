-- Deputy lists are sorted by name by default: let each common filter walk its rows in name order
-- (make bench: a delegation filter over 100,000 deputies went from a scan to an index range).
CREATE INDEX ix_mandate_delegation_name ON deputy_mandate (congress_id, delegation_id, name, id);
CREATE INDEX ix_mandate_station_name ON deputy_mandate (congress_id, station_id, name, id);
CREATE INDEX ix_mandate_status_name ON deputy_mandate (congress_id, status, name, id);
DROP INDEX ix_mandate_delegation ON deputy_mandate;
DROP INDEX ix_mandate_station ON deputy_mandate;
DROP INDEX ix_mandate_status ON deputy_mandate;
