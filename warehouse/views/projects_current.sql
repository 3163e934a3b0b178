-- One row per canonical project (one project in one financial year) with its current values:
-- status from the latest paper, amount, pot and recipient from the latest paper that gives them,
-- its body, its primary theme, its series (recurring initiative) and where the current value was read.
-- Computed by derive.refresh (warehouse/derived/projects_current.sql) into projects_current_rows.
CREATE OR REPLACE VIEW projects_current AS
SELECT * REPLACE (CAST(printed_names AS VARCHAR[]) AS printed_names)
FROM projects_current_rows
ORDER BY body, financial_year, name;
