-- Every funding fact of a loaded document has its body resolved (fact_bodies) or, when no
-- evidence names one, an 'unresolved_body' row in data_quality; a project belongs to the body
-- of its source facts.
SELECT 'no fact_bodies row' AS problem, a.id AS fact_id
FROM allocations a
JOIN documents d ON d.id = a.document_id AND d.status = 'loaded'
LEFT JOIN fact_bodies fb ON fb.fact_id = a.id
WHERE fb.fact_id IS NULL AND EXISTS (SELECT 1 FROM fact_bodies)
UNION ALL
SELECT 'unresolved without a data_quality row', fb.fact_id
FROM fact_bodies fb
WHERE fb.body_id IS NULL
  AND NOT EXISTS (SELECT 1 FROM data_quality q WHERE q.check_name = 'unresolved_body' AND q.detail LIKE '% ' || fb.fact_id || ':%')
UNION ALL
SELECT 'body not in bodies', fb.fact_id
FROM fact_bodies fb
LEFT JOIN bodies b ON b.id = fb.body_id
WHERE fb.body_id IS NOT NULL AND b.id IS NULL;
