-- One row per body, financial year and theme: each canonical project counts once, under its primary
-- theme (project_themes.is_primary), at its current amount and status.
-- Computed by derive.refresh (warehouse/derived/funding_by_theme_year.sql) into funding_by_theme_year_rows.
CREATE OR REPLACE VIEW funding_by_theme_year AS
SELECT * REPLACE (
    CAST(total_amount AS DECIMAL(38, 2)) AS total_amount,
    CAST(approved_amount AS DECIMAL(38, 2)) AS approved_amount,
    CAST(withdrawn_amount AS DECIMAL(38, 2)) AS withdrawn_amount
)
FROM funding_by_theme_year_rows
ORDER BY body, financial_year, total_amount DESC, theme;
