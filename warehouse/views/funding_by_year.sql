-- One row per body and financial year, as funding_by_body_year: the year table analysts read,
-- keyed by the body so that a warehouse of several councils never adds one body's grant to
-- another's pots. Filter on body (or body_id) for one body's years.
CREATE OR REPLACE VIEW funding_by_year AS
SELECT
    body_id, body, financial_year, grant_total, upfront_pot, tactical_pot, pots_derived, approved_total,
    approved_total_source, underspend, n_projects, n_withdrawn, projects_total, as_of_date
FROM funding_by_body_year
ORDER BY body, financial_year;
