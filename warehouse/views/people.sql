-- One row per person key (honorific dropped, initials and surname): the names printed for
-- them, the meetings they attended or sent apologies to, and the roles they were named with.
CREATE OR REPLACE VIEW people AS
WITH seen AS (
    SELECT person_key, name, meeting_key, attendance, role FROM attendance
    UNION ALL
    SELECT person_key, name, meeting_key, 'named' AS attendance, role FROM person_mentions
)
SELECT
    person_key,
    mode(name) AS name,
    list(DISTINCT name ORDER BY name) AS printed_names,
    count(DISTINCT meeting_key) FILTER (WHERE attendance = 'present') AS meetings_present,
    count(DISTINCT meeting_key) FILTER (WHERE attendance = 'apologies') AS meetings_apologies,
    count(DISTINCT meeting_key) FILTER (WHERE attendance = 'in_attendance') AS meetings_in_attendance,
    list(DISTINCT role ORDER BY role) FILTER (WHERE role IS NOT NULL) AS roles
FROM seen
GROUP BY person_key;
