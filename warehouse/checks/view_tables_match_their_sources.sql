-- The view tables agree with the derived tables written in the same refresh (a killed ingest
-- leaves both as the last refresh wrote them; the next run rebuilds them): every paper a project
-- observation is dated by is in dated_papers_rows; the funding tables hold every body, year (and
-- primary theme) of the project history, and no project key the history does not hold.
WITH years_now AS (
    SELECT DISTINCT body_id, financial_year FROM project_observations
    WHERE body_id IS NOT NULL AND financial_year IS NOT NULL
), themes_now AS (
    SELECT DISTINCT o.body_id, o.financial_year, t.theme FROM project_observations o
    JOIN project_themes t ON t.project_id = o.project_id AND t.is_primary
    WHERE o.body_id IS NOT NULL AND o.financial_year IS NOT NULL
)
SELECT DISTINCT 'dated_papers_rows' AS tbl, 'missing' AS problem, o.paper_id AS key FROM project_observations o
WHERE o.paper_id <> o.document_id AND o.paper_id NOT IN (SELECT paper_id FROM dated_papers_rows)
UNION ALL
SELECT 'funding_by_body_year_rows', 'missing', body_id || ' ' || financial_year FROM years_now
WHERE (body_id, financial_year) NOT IN (SELECT (body_id, financial_year) FROM funding_by_body_year_rows)
UNION ALL
SELECT 'funding_by_body_year_rows', 'no project behind it', body_id || ' ' || financial_year FROM funding_by_body_year_rows
WHERE (n_projects > 0 OR n_withdrawn > 0) AND (body_id, financial_year) NOT IN (SELECT (body_id, financial_year) FROM years_now)
UNION ALL
SELECT 'funding_by_theme_year_rows', 'missing', body_id || ' ' || financial_year || ' ' || theme FROM themes_now
WHERE (body_id, financial_year, theme) NOT IN (SELECT (body_id, financial_year, theme) FROM funding_by_theme_year_rows)
UNION ALL
SELECT 'funding_by_theme_year_rows', 'no project behind it', body_id || ' ' || financial_year || ' ' || theme
FROM funding_by_theme_year_rows
WHERE (body_id, financial_year, theme) NOT IN (SELECT (body_id, financial_year, theme) FROM themes_now);
