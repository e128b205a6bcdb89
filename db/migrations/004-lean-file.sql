-- A leaner project file (issue 12): measured with dbstat on 144 imported interviews, the full-text
-- index's positions and the paragraphs' JSON were a third of the file besides the texts.
--
-- 1. documents_fts keeps which documents hold a word, not where (detail=none, no column sizes):
--    search finds the exact hits in the stored text itself (shared/coding/search-query.ts), and
--    phrases are matched there too, so FTS only has to narrow the documents. Still external
--    content: the text is stored once, in documents.
DROP TABLE documents_fts;
CREATE VIRTUAL TABLE documents_fts USING fts5 (
  text,
  content = 'documents',
  content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 0',
  detail = none,
  columnsize = 0
);
INSERT INTO documents_fts (documents_fts) VALUES ('rebuild');

-- 2. documents.structure: the paragraphs as compact tokens (shared/documents/paragraph-codec.ts),
--    "<kind letter><length>" plus "+<gap>" when the gap to the previous paragraph is not one '\n'.
UPDATE documents SET structure = coalesce((
  SELECT group_concat(token, ' ' ORDER BY i) FROM (
    SELECT i,
      CASE k WHEN 'heading' THEN 'h' WHEN 'table-row' THEN 't' WHEN 'list-item' THEN 'l' ELSE 'p' END
      || (e - s)
      || CASE WHEN s - coalesce(lag(e) OVER (ORDER BY i), -1) = 1 THEN ''
              ELSE '+' || (s - coalesce(lag(e) OVER (ORDER BY i), -1)) END AS token
    FROM (SELECT key AS i, value ->> '$.start' AS s, value ->> '$.end' AS e, value ->> '$.kind' AS k
            FROM json_each(documents.structure))
  )
), '')
WHERE structure LIKE '[%';
