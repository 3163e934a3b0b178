-- One row per body and financial year: the grant and its pots as the body's latest paper states
-- them (a paper's last figure of a kind wins: totals follow their parts), and the body's canonical
-- projects of that year. "Latest paper wins" runs within one body only: the figures of two bodies
-- are never combined in a row. Facts whose body is unresolved are left out (data_quality lists them).
-- A figure in two copies of one paper counts once (dated_papers.is_first_copy).
-- Computed by derive.refresh (warehouse/derived/funding_by_body_year.sql) into funding_by_body_year_rows.
CREATE OR REPLACE VIEW funding_by_body_year AS
SELECT * REPLACE (
    CAST(approved_total AS DECIMAL(38, 2)) AS approved_total,
    CAST(projects_total AS DECIMAL(38, 2)) AS projects_total
)
FROM funding_by_body_year_rows
ORDER BY body, financial_year;
