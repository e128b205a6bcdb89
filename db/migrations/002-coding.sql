-- Kvalkod project schema, version 2: the coding workspace. An undo history that is also the audit
-- trail, memos, the rest of a code's description, and full-text indexes over documents and memos.

-- A code is described by its definition (description), when to use it, when not to, an example.
ALTER TABLE codes ADD COLUMN when_to_use TEXT NOT NULL DEFAULT '';
ALTER TABLE codes ADD COLUMN when_not_to_use TEXT NOT NULL DEFAULT '';
ALTER TABLE codes ADD COLUMN example TEXT NOT NULL DEFAULT '';

-- One row per user change. `forward` and `inverse` are JSON arrays of row-level operations on codes,
-- segments, segment_codes and memos (db/queries/history.ts); undo applies `inverse` in reverse order.
-- Undone entries become 'discarded' when a new change is made: kept for the audit trail, never redone.
CREATE TABLE history (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  coder TEXT,
  action TEXT NOT NULL,
  summary TEXT NOT NULL,
  forward TEXT NOT NULL,
  inverse TEXT NOT NULL,
  state TEXT NOT NULL DEFAULT 'done' CHECK (state IN ('done', 'undone', 'discarded'))
) STRICT;
CREATE INDEX history_state ON history (state, id);

-- A memo on a document, a code, a coded passage, or in the project journal (target_id NULL).
-- No foreign key: the target is one of several tables; the triggers below and the undo recorder
-- remove a target's memos with it.
CREATE TABLE memos (
  id INTEGER PRIMARY KEY,
  guid TEXT NOT NULL UNIQUE,
  target_kind TEXT NOT NULL CHECK (target_kind IN ('document', 'code', 'segment', 'journal')),
  target_id INTEGER,
  title TEXT NOT NULL DEFAULT '',
  text TEXT NOT NULL DEFAULT '',
  author TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK ((target_kind = 'journal') = (target_id IS NULL))
) STRICT;
CREATE INDEX memos_target ON memos (target_kind, target_id);

-- Documents are deleted outside the undo history (with their segments, by cascade): their memos
-- and their passages' memos must not be left pointing at nothing.
CREATE TRIGGER documents_memos_delete AFTER DELETE ON documents BEGIN
  DELETE FROM memos WHERE target_kind = 'document' AND target_id = old.id;
END;
CREATE TRIGGER segments_memos_delete AFTER DELETE ON segments BEGIN
  DELETE FROM memos WHERE target_kind = 'segment' AND target_id = old.id;
END;

-- Full-text indexes. remove_diacritics 0 keeps å, ä and ö apart from a and o ("lön" is not "lon");
-- unicode61 folds case. External content: the text is stored once, in documents/memos.
CREATE VIRTUAL TABLE documents_fts USING fts5 (
  text,
  content = 'documents',
  content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 0'
);
INSERT INTO documents_fts (documents_fts) VALUES ('rebuild');
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
  INSERT INTO documents_fts (rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
  INSERT INTO documents_fts (documents_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER documents_fts_update AFTER UPDATE OF text ON documents BEGIN
  INSERT INTO documents_fts (documents_fts, rowid, text) VALUES ('delete', old.id, old.text);
  INSERT INTO documents_fts (rowid, text) VALUES (new.id, new.text);
END;

CREATE VIRTUAL TABLE memos_fts USING fts5 (
  title,
  text,
  content = 'memos',
  content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 0'
);
CREATE TRIGGER memos_fts_insert AFTER INSERT ON memos BEGIN
  INSERT INTO memos_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER memos_fts_delete AFTER DELETE ON memos BEGIN
  INSERT INTO memos_fts (memos_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER memos_fts_update AFTER UPDATE ON memos BEGIN
  INSERT INTO memos_fts (memos_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
  INSERT INTO memos_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END;
