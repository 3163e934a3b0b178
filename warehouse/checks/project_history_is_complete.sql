-- A project's history is numbered 1..n with no gap, its last row (only) is the latest, and every
-- canonical project has one; every observation belongs to a canonical project.
SELECT p.id AS project_id, count(o.id) AS rows, min(o.sequence) AS first, max(o.sequence) AS last,
       count(*) FILTER (WHERE o.is_latest) AS latest
FROM canonical_projects p
LEFT JOIN project_observations o ON o.project_id = p.id
GROUP BY p.id
HAVING count(o.id) = 0 OR min(o.sequence) <> 1 OR max(o.sequence) <> count(o.id)
    OR count(DISTINCT o.sequence) <> count(o.id)
    OR count(*) FILTER (WHERE o.is_latest) <> 1
    OR max(o.sequence) <> max(o.sequence) FILTER (WHERE o.is_latest)
UNION ALL
SELECT o.project_id, 1, o.sequence, o.sequence, 0
FROM project_observations o
LEFT JOIN canonical_projects p ON p.id = o.project_id
WHERE p.id IS NULL;
