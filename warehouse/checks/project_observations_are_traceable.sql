-- Every history row has provenance: a loaded document, a page, and a span that is the text
-- printed there (as the fact tables' provenance checks), and its source project exists.
SELECT o.id, o.document_id, o.char_start, o.char_end
FROM project_observations o
LEFT JOIN documents d ON d.id = o.document_id
LEFT JOIN pages p ON p.document_id = o.document_id AND p.page_index = o.page_index
LEFT JOIN projects s ON s.id = o.source_project_id
WHERE d.id IS NULL OR d.status <> 'loaded' OR p.id IS NULL OR s.id IS NULL
   OR o.char_start < 0 OR o.char_start > o.char_end OR o.char_end > d.n_chars
   OR o.char_start < p.char_start OR o.char_start > p.char_end
   OR (o.char_end <= p.char_end
       AND substr(p.text, o.char_start - p.char_start + 1, o.char_end - o.char_start) <> o.span_text);
