-- Kvalkod project schema, version 7: each document's coded passages as the tables read them
-- (db/queries/packed-codec.ts: typed arrays' bytes, passages in start order), kept between
-- sessions, so the first table after opening reads one row per document instead of every passage
-- with its codes (at 144,000 passages that read was most of a quarter second). A row is only a copy:
-- any change to the document's passages or their codes deletes it (the triggers below, beside
-- those of coding_versions), and the next table that reads the document writes it again.
CREATE TABLE packed_passages (
  document_id INTEGER PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
  packed BLOB NOT NULL
) STRICT;
CREATE TRIGGER segments_packed_insert AFTER INSERT ON segments BEGIN
  DELETE FROM packed_passages WHERE document_id = new.document_id;
END;
CREATE TRIGGER segments_packed_update AFTER UPDATE ON segments BEGIN
  DELETE FROM packed_passages WHERE document_id IN (old.document_id, new.document_id);
END;
CREATE TRIGGER segments_packed_delete AFTER DELETE ON segments BEGIN
  DELETE FROM packed_passages WHERE document_id = old.document_id;
END;
CREATE TRIGGER segment_codes_packed_insert AFTER INSERT ON segment_codes BEGIN
  DELETE FROM packed_passages
   WHERE document_id = (SELECT document_id FROM segments WHERE id = new.segment_id);
END;
CREATE TRIGGER segment_codes_packed_update AFTER UPDATE ON segment_codes BEGIN
  DELETE FROM packed_passages WHERE document_id IN (
    SELECT document_id FROM segments WHERE id IN (old.segment_id, new.segment_id));
END;
CREATE TRIGGER segment_codes_packed_delete AFTER DELETE ON segment_codes BEGIN
  DELETE FROM packed_passages
   WHERE document_id = (SELECT document_id FROM segments WHERE id = old.segment_id);
END;
-- A coder renamed or merged changes no packed row: passages carry the coder's id.
