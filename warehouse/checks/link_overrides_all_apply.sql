-- Every row of warehouse/link_overrides.csv matched the projects it names and could be applied.
SELECT level, left_id, right_id, decision, detail
FROM project_links
WHERE decision IN ('override_unmatched', 'override_rejected');
