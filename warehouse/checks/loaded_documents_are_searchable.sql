-- Every loaded document with a page of text has search units: a document whose units could not
-- be written when the index was rebuilt (two of its units with one key) is left out of search,
-- and named here.
SELECT d.id, d.path
FROM documents d
WHERE d.status = 'loaded'
  AND EXISTS (SELECT 1 FROM pages p WHERE p.document_id = d.id AND p.char_end > p.char_start)
  AND NOT EXISTS (SELECT 1 FROM search_units u WHERE u.document_id = d.id);
