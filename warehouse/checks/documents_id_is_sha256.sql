-- A document's id is the SHA-256 of its bytes: 64 lowercase hex digits.
SELECT id, sha256
FROM documents
WHERE id <> sha256 OR NOT regexp_full_match(sha256, '[0-9a-f]{64}');
