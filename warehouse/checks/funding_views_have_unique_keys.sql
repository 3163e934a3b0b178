-- The funding views have one row per key (body and year; body, year and theme), keys are never
-- null, years read 'YYYY/YY'.
SELECT 'funding_by_body_year' AS view, body_id || ' ' || financial_year AS key, count(*) AS n
FROM funding_by_body_year
GROUP BY body_id, financial_year
HAVING count(*) > 1 OR body_id IS NULL OR financial_year IS NULL OR NOT regexp_full_match(financial_year, '\d{4}/\d{2}')
UNION ALL
SELECT 'funding_by_year', body_id || ' ' || financial_year, count(*)
FROM funding_by_year
GROUP BY body_id, financial_year
HAVING count(*) > 1 OR body_id IS NULL OR financial_year IS NULL OR NOT regexp_full_match(financial_year, '\d{4}/\d{2}')
UNION ALL
SELECT 'funding_by_theme_year', body_id || ' ' || financial_year || ' ' || theme, count(*)
FROM funding_by_theme_year
GROUP BY body_id, financial_year, theme
HAVING count(*) > 1 OR body_id IS NULL OR financial_year IS NULL OR theme IS NULL;
