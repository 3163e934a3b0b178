-- One row per paper with the date it speaks for: the meeting it is for (minutes: the meeting they
-- record), else the meeting date on its report header. The same paper inside a pack and published
-- alone shares a fingerprint; is_first_copy marks the one copy that counts in totals and histories.
-- Computed by derive.refresh (warehouse/derived/dated_papers.sql) into dated_papers_rows.
-- Views are created in name order: views that use this one sort after it.
CREATE OR REPLACE VIEW dated_papers AS
SELECT * FROM dated_papers_rows;
