-- One row per canonical project per paper that mentions it, in order (a project belongs to one body): what that paper says
-- (amount, status, pot) and what changed since the previous paper. A changed amount or a
-- withdrawal is a row here; the last row (is_latest) gives the current values.
CREATE OR REPLACE VIEW project_history AS
WITH ordered AS (
    SELECT
        o.*,
        lag(o.amount IGNORE NULLS) OVER w AS previous_amount,
        lag(o.status IGNORE NULLS) OVER w AS previous_status
    FROM project_observations o
    WINDOW w AS (PARTITION BY o.project_id ORDER BY o.sequence)
)
SELECT
    o.project_id,
    p.body_id,
    b.name AS body,
    p.series_id,
    o.financial_year,
    p.name AS project_name,
    o.sequence,
    o.paper_date,
    o.paper_kind,
    dp.title AS paper_title,
    o.name,
    o.amount,
    o.amount_text,
    o.previous_amount,
    o.amount - o.previous_amount AS amount_change,
    o.status,
    o.previous_status,
    o.pot,
    o.recipient,
    CASE
        WHEN o.sequence = 1 THEN 'first_seen'
        WHEN o.status = 'withdrawn' AND o.previous_status IS DISTINCT FROM 'withdrawn' THEN 'withdrawn'
        WHEN abs(o.amount - o.previous_amount) >= 1 AND o.status IS DISTINCT FROM o.previous_status THEN 'amount_and_status_changed'
        WHEN abs(o.amount - o.previous_amount) >= 1 THEN 'amount_changed'
        WHEN o.status IS DISTINCT FROM o.previous_status THEN 'status_changed'
        ELSE 'unchanged'
    END AS change,
    o.is_latest,
    o.description,
    o.document_id,
    d.path,
    o.page_index,
    o.printed_page,
    o.char_start,
    o.char_end,
    o.span_text,
    o.source_project_id,
    o.paper_id,
    o.id AS observation_id
FROM ordered o
JOIN canonical_projects p ON p.id = o.project_id
JOIN documents d ON d.id = o.document_id
LEFT JOIN bodies b ON b.id = p.body_id
LEFT JOIN dated_papers dp ON dp.paper_id = o.paper_id
ORDER BY b.name, o.financial_year, p.name, o.sequence;
