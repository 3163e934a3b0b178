-- projects_current has exactly one row per canonical project, with a name, a status from the
-- allowed vocabulary, a primary theme and a non-negative amount.
SELECT p.id, count(c.project_id) AS rows, any_value(c.status) AS status, any_value(c.theme) AS theme
FROM canonical_projects p
LEFT JOIN projects_current c ON c.project_id = p.id
GROUP BY p.id
HAVING count(c.project_id) <> 1
    OR any_value(c.name) IS NULL
    OR any_value(c.theme) IS NULL
    OR any_value(c.status) NOT IN ('proposed', 'recommended', 'approved', 'withdrawn', 'in_progress', 'completed')
    OR any_value(c.amount) < 0;
