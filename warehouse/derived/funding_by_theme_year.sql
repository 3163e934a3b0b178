-- The rows of the view funding_by_theme_year, computed by derive.refresh into funding_by_theme_year_rows (schemas/view_rows.py).
-- One row per body, financial year and theme: each canonical project counts once, under its primary
-- theme (project_themes.is_primary), at its current amount and status.
WITH projects AS (
    SELECT
        body_id,
        financial_year,
        project_id,
        arg_max(amount, sequence) FILTER (WHERE amount IS NOT NULL) AS amount,
        coalesce(any_value(status) FILTER (WHERE is_latest), '') AS status
    FROM project_observations
    WHERE financial_year IS NOT NULL AND body_id IS NOT NULL
    GROUP BY body_id, financial_year, project_id
), by_theme AS (
    SELECT
        p.body_id,
        p.financial_year,
        t.theme,
        t.label AS theme_label,
        count(*) FILTER (WHERE p.status <> 'withdrawn') AS n_projects,
        coalesce(sum(p.amount) FILTER (WHERE p.status <> 'withdrawn'), 0) AS total_amount,
        coalesce(sum(p.amount) FILTER (WHERE p.status IN ('approved', 'in_progress', 'completed')), 0) AS approved_amount,
        count(*) FILTER (WHERE p.status = 'withdrawn') AS n_withdrawn,
        coalesce(sum(p.amount) FILTER (WHERE p.status = 'withdrawn'), 0) AS withdrawn_amount
    FROM projects p
    JOIN project_themes t ON t.project_id = p.project_id AND t.is_primary
    GROUP BY p.body_id, p.financial_year, t.theme, t.label
)
SELECT
    b.name AS body,
    t.*,
    round(t.total_amount / nullif(sum(t.total_amount) OVER (PARTITION BY t.body_id, t.financial_year), 0), 4) AS share_of_year
FROM by_theme t
JOIN bodies b ON b.id = t.body_id
ORDER BY b.name, t.financial_year, t.total_amount DESC, t.theme
