-- One row per meeting (body and date), however many papers mention it: an agenda header,
-- the report To: lines, the minutes printed in the next pack, a ModernGov page.
CREATE OR REPLACE VIEW meetings AS
SELECT
    meeting_key,
    mode(body) AS body,
    date,
    mode(time) AS time,
    mode(location) AS location,
    count(DISTINCT document_id) AS n_documents,
    list(DISTINCT source ORDER BY source) AS sources
FROM meeting_mentions
WHERE meeting_key IS NOT NULL
GROUP BY meeting_key, date;
