-- The funding views have one row per key, keys are never null, years read 'YYYY/YY'.
SELECT 'funding_by_year' AS view, financial_year AS key, count(*) AS n
FROM funding_by_year
GROUP BY financial_year
HAVING count(*) > 1 OR financial_year IS NULL OR NOT regexp_full_match(financial_year, '\d{4}/\d{2}')
UNION ALL
SELECT 'funding_by_theme_year', financial_year || ' ' || theme, count(*)
FROM funding_by_theme_year
GROUP BY financial_year, theme
HAVING count(*) > 1 OR financial_year IS NULL OR theme IS NULL;
