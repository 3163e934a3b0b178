-- A series (recurring initiative) holds at most one project per financial year.
SELECT series_id, financial_year, count(*) AS projects
FROM canonical_projects
GROUP BY series_id, financial_year
HAVING count(*) > 1;
