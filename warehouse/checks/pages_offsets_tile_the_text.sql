-- Page offsets tile the document text: each page starts one separator after the last ends,
-- and a page's span is as long as its text. Only the text's length reaches the window (with the
-- text, the window held every page text in memory).
SELECT id, document_id, page_index, char_start, char_end
FROM (
    SELECT *, lag(char_end) OVER (PARTITION BY document_id ORDER BY page_index) AS previous_end
    FROM (SELECT id, document_id, page_index, char_start, char_end, length(text) AS text_length FROM pages)
)
WHERE char_end - char_start <> text_length
   OR (page_index = 0 AND char_start <> 0)
   OR (page_index > 0 AND char_start <> previous_end + 1);
