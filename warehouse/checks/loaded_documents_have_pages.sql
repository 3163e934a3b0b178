-- A loaded document has exactly n_pages pages, indexed 0..n_pages-1; others have none.
SELECT d.id, d.status, d.n_pages, count(p.id) AS pages, min(p.page_index) AS first, max(p.page_index) AS last
FROM documents d
LEFT JOIN pages p ON p.document_id = d.id
GROUP BY d.id, d.status, d.n_pages
HAVING (d.status = 'loaded' AND (count(p.id) <> d.n_pages OR min(p.page_index) <> 0 OR max(p.page_index) <> d.n_pages - 1))
    OR (d.status <> 'loaded' AND count(p.id) > 0);
