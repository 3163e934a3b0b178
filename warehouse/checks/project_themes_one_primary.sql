-- Every canonical project counts under exactly one primary theme; no theme row outlives its project;
-- a theme other than 'other' names the terms that matched.
SELECT p.id AS project_id, count(t.theme) FILTER (WHERE t.is_primary) AS primaries, NULL AS theme
FROM canonical_projects p
LEFT JOIN project_themes t ON t.project_id = p.id
GROUP BY p.id
HAVING count(t.theme) FILTER (WHERE t.is_primary) <> 1
UNION ALL
SELECT t.project_id, NULL, t.theme
FROM project_themes t
LEFT JOIN canonical_projects p ON p.id = t.project_id
WHERE p.id IS NULL OR (t.theme <> 'other' AND json_array_length(t.terms) = 0);
