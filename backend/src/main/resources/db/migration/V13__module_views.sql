-- What each module offers the others to read in SQL. The owning module keeps its views true when its tables change
-- (its tests read them); other modules name only these views, never the tables behind them. Each view is a plain
-- select of one table (with the lookups it names), so the database merges it into the query and keeps the indexes.

-- directory: deputies (mandates) with the names of their delegation and station
CREATE VIEW directory_deputies AS
SELECT m.id, m.congress_id, m.name, m.status, m.delegation_id, d.name AS delegation_name, m.station_id, s.name AS station_name
FROM deputy_mandate m
LEFT JOIN delegation d ON d.id = m.delegation_id
LEFT JOIN liaison_station s ON s.id = m.station_id;

-- directory: handling units (承办单位)
CREATE VIEW directory_units AS
SELECT u.id, u.congress_id, u.name, u.short_name, u.kind, u.active FROM handling_unit u;

-- suggestions: motions, suggestions and citizen opinions; registered = past the office's decision to register
CREATE VIEW suggestions_items AS
SELECT s.id, s.congress_id, s.kind, s.source, s.number, s.title, s.status, s.status NOT IN ('DRAFT', 'SUBMITTED', 'DECLINED') AS registered,
       s.lead_deputy_id, s.submitted_at, s.reply_class, s.quality_score, s.award
FROM suggestion s;

-- suggestions: the deputies who co-signed an item
CREATE VIEW suggestions_cosigners AS
SELECT k.suggestion_id, k.deputy_id FROM suggestion_cosigner k;

-- supervision: who is in which topic's supervision group (一事一小组), by plan year
CREATE VIEW supervision_group_members AS
SELECT g.deputy_id, g.leader, t.id AS topic_id, t.title AS topic_title, p.congress_id, p.year
FROM topic_group_member g
JOIN topic t ON t.id = g.topic_id
JOIN supervision_plan p ON p.id = t.plan_id;
