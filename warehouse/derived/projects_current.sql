-- The rows of the view projects_current, computed by derive.refresh into projects_current_rows (schemas/view_rows.py).
-- One row per canonical project (one project in one financial year) with its current values:
-- status from the latest paper, amount, pot and recipient from the latest paper that gives them,
-- its body, its primary theme, its series (recurring initiative) and where the current value was read.
WITH summary AS (
    SELECT
        project_id,
        arg_max(amount, sequence) FILTER (WHERE amount IS NOT NULL) AS amount,
        arg_max(amount_text, sequence) FILTER (WHERE amount IS NOT NULL) AS amount_text,
        arg_min(amount, sequence) FILTER (WHERE amount IS NOT NULL) AS first_amount,
        arg_max(pot, sequence) FILTER (WHERE pot IS NOT NULL) AS pot,
        arg_max(recipient, sequence) FILTER (WHERE recipient IS NOT NULL) AS recipient,
        count(*) FILTER (WHERE change IN ('amount_changed', 'amount_and_status_changed')) AS n_amount_changes,
        min(paper_date) AS first_paper_date,
        list(DISTINCT name ORDER BY name) AS printed_names
    FROM project_history
    GROUP BY project_id
)
SELECT
    p.id AS project_id,
    p.body_id,
    b.name AS body,
    p.series_id,
    count(*) OVER (PARTITION BY p.series_id) AS series_n_years,
    p.financial_year,
    p.name,
    s.amount,
    s.amount_text,
    h.status,
    s.pot,
    s.recipient,
    t.theme,
    t.label AS theme_label,
    t.terms AS theme_terms,
    p.description,
    s.first_amount,
    s.amount - s.first_amount AS amount_change,
    s.n_amount_changes,
    p.n_papers,
    s.first_paper_date,
    h.paper_date AS last_paper_date,
    s.printed_names,
    h.document_id,
    h.path,
    h.printed_page,
    h.paper_id
FROM canonical_projects p
JOIN project_history h ON h.project_id = p.id AND h.is_latest
JOIN summary s ON s.project_id = p.id
LEFT JOIN project_themes t ON t.project_id = p.id AND t.is_primary
LEFT JOIN bodies b ON b.id = p.body_id
ORDER BY b.name, p.financial_year, p.name
