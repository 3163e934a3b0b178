-- One row per financial year: the grant and its pots as the latest paper states them (a paper's
-- last figure of a kind wins: totals follow their parts), and the year's canonical projects.
-- A figure in two copies of one paper counts once (dated_papers.is_first_copy).
CREATE OR REPLACE VIEW funding_by_year AS
WITH figures AS (
    SELECT a.financial_year, a.kind, a.amount, dp.paper_date,
           (coalesce(dp.paper_date, DATE '0001-01-01'), a.document_id, a.char_start) AS position
    FROM allocations a
    JOIN documents d ON d.id = a.document_id AND d.status = 'loaded'
    LEFT JOIN dated_papers dp
           ON dp.document_id = a.document_id AND a.char_start >= dp.text_start AND a.char_start < dp.text_end
    WHERE a.financial_year IS NOT NULL AND a.amount IS NOT NULL AND (dp.paper_id IS NULL OR dp.is_first_copy)
), stated AS (
    SELECT
        financial_year,
        arg_max(amount, position) FILTER (WHERE kind = 'grant_total') AS grant_total,
        arg_max(amount, position) FILTER (WHERE kind = 'upfront_pot') AS upfront_pot,
        arg_max(amount, position) FILTER (WHERE kind = 'tactical_pot') AS tactical_pot,
        arg_max(amount, position) FILTER (WHERE kind = 'approved_total') AS approved_total,
        arg_max(amount, position) FILTER (WHERE kind = 'underspend') AS underspend,
        max(paper_date) AS as_of_date
    FROM figures
    GROUP BY financial_year
), projects AS (
    SELECT
        financial_year,
        project_id,
        arg_max(amount, sequence) FILTER (WHERE amount IS NOT NULL) AS amount,
        coalesce(any_value(status) FILTER (WHERE is_latest), '') AS status,
        max(paper_date) AS last_paper_date
    FROM project_observations
    WHERE financial_year IS NOT NULL
    GROUP BY financial_year, project_id
), project_totals AS (
    SELECT
        financial_year,
        count(*) FILTER (WHERE status <> 'withdrawn') AS n_projects,
        count(*) FILTER (WHERE status = 'withdrawn') AS n_withdrawn,
        sum(amount) FILTER (WHERE status <> 'withdrawn') AS projects_total,
        sum(amount) FILTER (WHERE status IN ('approved', 'in_progress', 'completed')) AS approved_projects_total,
        max(last_paper_date) AS as_of_date
    FROM projects
    GROUP BY financial_year
), years AS (
    SELECT financial_year FROM stated
    UNION
    SELECT financial_year FROM project_totals
)
SELECT
    y.financial_year,
    s.grant_total,
    coalesce(s.upfront_pot, s.grant_total - s.tactical_pot) AS upfront_pot,
    coalesce(s.tactical_pot, s.grant_total - s.upfront_pot) AS tactical_pot,
    coalesce(s.grant_total IS NOT NULL AND ((s.upfront_pot IS NULL) <> (s.tactical_pot IS NULL)), false) AS pots_derived,
    coalesce(s.approved_total, t.approved_projects_total) AS approved_total,
    CASE WHEN s.approved_total IS NOT NULL THEN 'stated'
         WHEN t.approved_projects_total IS NOT NULL THEN 'projects' END AS approved_total_source,
    s.underspend,
    coalesce(t.n_projects, 0) AS n_projects,
    coalesce(t.n_withdrawn, 0) AS n_withdrawn,
    t.projects_total,
    greatest(s.as_of_date, t.as_of_date) AS as_of_date
FROM years y
LEFT JOIN stated s USING (financial_year)
LEFT JOIN project_totals t USING (financial_year)
ORDER BY y.financial_year;
