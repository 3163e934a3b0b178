-- The rows of the view funding_by_body_year, computed by derive.refresh into funding_by_body_year_rows (schemas/view_rows.py).
-- One row per body and financial year: the grant and its pots as the body's latest paper states
-- them (a paper's last figure of a kind wins: totals follow their parts), and the body's canonical
-- projects of that year. "Latest paper wins" runs within one body only: the figures of two bodies
-- are never combined in a row. Facts whose body is unresolved are left out (data_quality lists them).
-- A figure in two copies of one paper counts once (dated_papers.is_first_copy).
WITH figures AS (
    SELECT fb.body_id, a.financial_year, a.kind, a.amount, dp.paper_date,
           (coalesce(dp.paper_date, DATE '0001-01-01'), a.document_id, a.char_start) AS position
    FROM allocations a
    JOIN documents d ON d.id = a.document_id AND d.status = 'loaded'
    JOIN fact_bodies fb ON fb.fact_id = a.id AND fb.body_id IS NOT NULL
    LEFT JOIN dated_papers dp
           ON dp.document_id = a.document_id AND a.char_start >= dp.text_start AND a.char_start < dp.text_end
    WHERE a.financial_year IS NOT NULL AND a.amount IS NOT NULL AND (dp.paper_id IS NULL OR dp.is_first_copy)
), stated AS (
    SELECT
        body_id,
        financial_year,
        arg_max(amount, position) FILTER (WHERE kind = 'grant_total') AS grant_total,
        arg_max(amount, position) FILTER (WHERE kind = 'upfront_pot') AS upfront_pot,
        arg_max(amount, position) FILTER (WHERE kind = 'tactical_pot') AS tactical_pot,
        arg_max(amount, position) FILTER (WHERE kind = 'approved_total') AS approved_total,
        arg_max(amount, position) FILTER (WHERE kind = 'underspend') AS underspend,
        max(paper_date) AS as_of_date
    FROM figures
    GROUP BY body_id, financial_year
), projects AS (
    SELECT
        body_id,
        financial_year,
        project_id,
        arg_max(amount, sequence) FILTER (WHERE amount IS NOT NULL) AS amount,
        coalesce(any_value(status) FILTER (WHERE is_latest), '') AS status,
        max(paper_date) AS last_paper_date
    FROM project_observations
    WHERE financial_year IS NOT NULL AND body_id IS NOT NULL
    GROUP BY body_id, financial_year, project_id
), project_totals AS (
    SELECT
        body_id,
        financial_year,
        count(*) FILTER (WHERE status <> 'withdrawn') AS n_projects,
        count(*) FILTER (WHERE status = 'withdrawn') AS n_withdrawn,
        sum(amount) FILTER (WHERE status <> 'withdrawn') AS projects_total,
        sum(amount) FILTER (WHERE status IN ('approved', 'in_progress', 'completed')) AS approved_projects_total,
        max(last_paper_date) AS as_of_date
    FROM projects
    GROUP BY body_id, financial_year
), keys AS (
    SELECT body_id, financial_year FROM stated
    UNION
    SELECT body_id, financial_year FROM project_totals
)
SELECT
    k.body_id,
    b.name AS body,
    b.kind AS body_kind,
    k.financial_year,
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
FROM keys k
JOIN bodies b ON b.id = k.body_id
LEFT JOIN stated s USING (body_id, financial_year)
LEFT JOIN project_totals t USING (body_id, financial_year)
ORDER BY b.name, k.financial_year
