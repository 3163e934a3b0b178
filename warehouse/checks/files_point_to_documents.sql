-- Every file seen points to a registered document.
SELECT f.path, f.document_id
FROM files f
LEFT JOIN documents d ON d.id = f.document_id
WHERE d.id IS NULL;
