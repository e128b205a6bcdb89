-- Kvalkod project schema, version 1: the codebook, documents with speakers and turns, attributes,
-- and coded segments. Landed migrations are never edited; change the schema with a new file.
-- Offsets are UTF-16 code units, half-open [start, end), over documents.text exactly as stored.

CREATE TABLE project_meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE codes (
  id INTEGER PRIMARY KEY,
  guid TEXT NOT NULL UNIQUE,
  parent_id INTEGER REFERENCES codes (id) ON DELETE RESTRICT,
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  number INTEGER CHECK (number IS NULL OR number > 0),
  -- Set on the top-level codes of the template; a code's group is that of its top-level ancestor.
  group_kind TEXT CHECK (group_kind IN ('areas', 'assessments', 'themes')),
  color TEXT NOT NULL CHECK (color GLOB '#[0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f]'),
  description TEXT NOT NULL DEFAULT '',
  shortcut TEXT,
  codable INTEGER NOT NULL DEFAULT 1 CHECK (codable IN (0, 1)),
  sort_order INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX codes_number ON codes (number) WHERE number IS NOT NULL;
CREATE UNIQUE INDEX codes_shortcut ON codes (shortcut) WHERE shortcut IS NOT NULL;
CREATE INDEX codes_parent ON codes (parent_id, sort_order);

CREATE TABLE coders (
  id INTEGER PRIMARY KEY,
  guid TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL UNIQUE
) STRICT;

CREATE TABLE documents (
  id INTEGER PRIMARY KEY,
  guid TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  kind TEXT NOT NULL DEFAULT 'transcript' CHECK (kind IN ('transcript', 'answer')),
  -- Normalised (LF line ends, Unicode NFC) and never changed silently: text_hash is its SHA-256.
  text TEXT NOT NULL,
  text_hash TEXT NOT NULL,
  -- Counted once at import (the text never changes), so that lists stay fast.
  words INTEGER NOT NULL DEFAULT 0,
  source_name TEXT NOT NULL DEFAULT '',
  source_format TEXT NOT NULL DEFAULT '',
  -- JSON array of paragraphs [{ "start", "end", "kind" }] as found in the source file.
  structure TEXT NOT NULL DEFAULT '[]',
  imported_at TEXT NOT NULL
) STRICT;
CREATE INDEX documents_hash ON documents (text_hash);
CREATE UNIQUE INDEX documents_name ON documents (name);

CREATE TABLE speakers (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  label TEXT NOT NULL,
  role TEXT NOT NULL DEFAULT 'participant' CHECK (role IN ('interviewer', 'participant')),
  UNIQUE (document_id, label)
) STRICT;

CREATE TABLE turns (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  speaker_id INTEGER REFERENCES speakers (id) ON DELETE SET NULL,
  start INTEGER NOT NULL CHECK (start >= 0),
  -- Where the spoken words begin, after the label ("Anna: ").
  label_end INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  CHECK (label_end >= start AND "end" >= label_end)
) STRICT;
CREATE INDEX turns_document ON turns (document_id, start);
CREATE INDEX turns_speaker ON turns (speaker_id);

CREATE TABLE attributes (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
  type TEXT NOT NULL CHECK (type IN ('category', 'number', 'date', 'text')),
  multiple INTEGER NOT NULL DEFAULT 0 CHECK (multiple IN (0, 1)),
  sort_order INTEGER NOT NULL DEFAULT 0
) STRICT;

-- The allowed values of a category attribute, in the order the UI lists them.
CREATE TABLE attribute_choices (
  attribute_id INTEGER NOT NULL REFERENCES attributes (id) ON DELETE CASCADE,
  value TEXT NOT NULL,
  sort_order INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (attribute_id, value)
) STRICT;

CREATE TABLE attribute_values (
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  attribute_id INTEGER NOT NULL REFERENCES attributes (id) ON DELETE CASCADE,
  value TEXT NOT NULL,
  PRIMARY KEY (document_id, attribute_id, value)
) STRICT;
CREATE INDEX attribute_values_attribute ON attribute_values (attribute_id, value);

CREATE TABLE segments (
  id INTEGER PRIMARY KEY,
  guid TEXT NOT NULL UNIQUE,
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  start INTEGER NOT NULL CHECK (start >= 0),
  "end" INTEGER NOT NULL,
  coder_id INTEGER REFERENCES coders (id) ON DELETE SET NULL,
  memo TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK ("end" > start)
) STRICT;
CREATE INDEX segments_document ON segments (document_id, start);

CREATE TABLE segment_codes (
  segment_id INTEGER NOT NULL REFERENCES segments (id) ON DELETE CASCADE,
  code_id INTEGER NOT NULL REFERENCES codes (id) ON DELETE CASCADE,
  PRIMARY KEY (segment_id, code_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX segment_codes_code ON segment_codes (code_id, segment_id);
