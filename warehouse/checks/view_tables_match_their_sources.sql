-- The view tables (computed by derive.refresh) hold the keys their sources hold now: a paper of
-- every loaded document in dated_papers_rows, and no other; every body, year (and primary theme)
-- of the project history in the funding tables, and no key without a funding fact behind it.
-- A row here means the tables drifted from the facts (a refresh did not follow a load).
WITH papers_now AS (
    SELECT p.id FROM papers p JOIN documents d ON d.id = p.document_id AND d.status = 'loaded'
), years_now AS (
    SELECT DISTINCT body_id, financial_year FROM project_observations
    WHERE body_id IS NOT NULL AND financial_year IS NOT NULL
), allocation_years AS (
    SELECT DISTINCT fb.body_id, a.financial_year FROM allocations a
    JOIN fact_bodies fb ON fb.fact_id = a.id AND fb.body_id IS NOT NULL
    WHERE a.financial_year IS NOT NULL AND a.amount IS NOT NULL
), themes_now AS (
    SELECT DISTINCT o.body_id, o.financial_year, t.theme FROM project_observations o
    JOIN project_themes t ON t.project_id = o.project_id AND t.is_primary
    WHERE o.body_id IS NOT NULL AND o.financial_year IS NOT NULL
)
SELECT 'dated_papers_rows' AS tbl, 'missing' AS problem, id AS key FROM papers_now
WHERE id NOT IN (SELECT paper_id FROM dated_papers_rows)
UNION ALL
SELECT 'dated_papers_rows', 'not a loaded paper', paper_id FROM dated_papers_rows
WHERE paper_id NOT IN (SELECT id FROM papers_now)
UNION ALL
SELECT 'funding_by_body_year_rows', 'missing', body_id || ' ' || financial_year FROM years_now
WHERE (body_id, financial_year) NOT IN (SELECT (body_id, financial_year) FROM funding_by_body_year_rows)
UNION ALL
SELECT 'funding_by_body_year_rows', 'no fact behind it', body_id || ' ' || financial_year FROM funding_by_body_year_rows
WHERE (body_id, financial_year) NOT IN (SELECT (body_id, financial_year) FROM years_now UNION SELECT (body_id, financial_year) FROM allocation_years)
UNION ALL
SELECT 'funding_by_theme_year_rows', 'missing', body_id || ' ' || financial_year || ' ' || theme FROM themes_now
WHERE (body_id, financial_year, theme) NOT IN (SELECT (body_id, financial_year, theme) FROM funding_by_theme_year_rows)
UNION ALL
SELECT 'funding_by_theme_year_rows', 'no project behind it', body_id || ' ' || financial_year || ' ' || theme
FROM funding_by_theme_year_rows
WHERE (body_id, financial_year, theme) NOT IN (SELECT (body_id, financial_year, theme) FROM themes_now);
