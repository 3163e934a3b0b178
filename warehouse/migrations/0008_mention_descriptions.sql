-- The paragraph under a bullet or heading project mention, read from its page when the document
-- is loaded (schema version 8). The rebuild of the derived tables read it from the page texts of
-- the whole warehouse every run: at 2,000 generated packs that scan was ~160 MB of the writer's
-- peak memory. Documents loaded before this version hold NULL here until they are parsed again;
-- the pipeline version changed with it (the `descriptions` extractor), so the next
-- `papers ingest` over their files parses and reloads them.
ALTER TABLE project_mentions ADD COLUMN description VARCHAR;
