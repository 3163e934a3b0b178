-- No page outlives its document.
SELECT p.id, p.document_id
FROM pages p
LEFT JOIN documents d ON d.id = p.document_id
WHERE d.id IS NULL;
