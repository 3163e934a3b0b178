-- The rows of the view dated_papers, computed by derive.refresh into dated_papers_rows (schemas/view_rows.py).
-- One row per paper with the date it speaks for: the meeting it is for (minutes: the meeting they
-- record), else the meeting date on its report header. The same paper inside a pack and published
-- alone shares a fingerprint; is_first_copy marks the one copy that counts in totals and histories.
WITH meeting_dates AS (
    SELECT meeting_key, min(date) AS date, mode(body) AS body
    FROM meeting_mentions
    WHERE meeting_key IS NOT NULL
    GROUP BY meeting_key
), header_dates AS (
    SELECT document_id, paper_index, min(meeting_date) AS date, min(to_body) AS body
    FROM reports
    WHERE paper_index IS NOT NULL
    GROUP BY document_id, paper_index
)
SELECT
    p.id AS paper_id,
    p.document_id,
    d.path,
    p.paper_index,
    p.kind,
    p.title,
    p.text_start,
    p.text_end,
    p.first_page,
    p.meeting_key,
    coalesce(m.date, h.date) AS paper_date,
    coalesce(m.body, h.body) AS body,
    p.fingerprint,
    row_number() OVER (PARTITION BY p.fingerprint ORDER BY p.document_id, p.paper_index) = 1 AS is_first_copy
FROM papers p
JOIN documents d ON d.id = p.document_id AND d.status = 'loaded'
LEFT JOIN meeting_dates m ON m.meeting_key = p.meeting_key
LEFT JOIN header_dates h ON h.document_id = p.document_id AND h.paper_index = p.paper_index
