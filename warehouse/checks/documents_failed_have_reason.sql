-- Every document that is not loaded says why in one line.
SELECT id, path, status
FROM documents
WHERE status <> 'loaded' AND (error IS NULL OR trim(error) = '' OR contains(error, chr(10)));
