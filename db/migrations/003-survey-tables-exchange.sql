-- Kvalkod project schema, version 3: the questionnaire (respondents, their attributes, ranked
-- multiple-response answers, open answers as documents), saved table definitions, and what the
-- REFI-QDA exchange needs (stable GUIDs on variables, cases).

-- One imported questionnaire sheet. Its questions and respondents go with it.
CREATE TABLE surveys (
  id INTEGER PRIMARY KEY,
  guid TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  source_name TEXT NOT NULL DEFAULT '',
  imported_at TEXT NOT NULL
) STRICT;

-- A person who answered; `external_id` is the sheet's ID column, `row_number` its 1-based row.
CREATE TABLE respondents (
  id INTEGER PRIMARY KEY,
  guid TEXT NOT NULL UNIQUE,
  survey_id INTEGER NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
  external_id TEXT NOT NULL CHECK (length(trim(external_id)) > 0),
  row_number INTEGER NOT NULL,
  UNIQUE (survey_id, external_id)
) STRICT;

-- Respondent attributes (Roll, Verksamhetsområde) share the definitions of document attributes.
CREATE TABLE respondent_values (
  respondent_id INTEGER NOT NULL REFERENCES respondents (id) ON DELETE CASCADE,
  attribute_id INTEGER NOT NULL REFERENCES attributes (id) ON DELETE CASCADE,
  value TEXT NOT NULL,
  PRIMARY KEY (respondent_id, attribute_id, value)
) STRICT;
CREATE INDEX respondent_values_attribute ON respondent_values (attribute_id, value);

-- A question of the sheet: ranked (up to `alternatives` areas in order) or open text. `columns` is
-- the JSON array of the sheet's column headers it was read from. Names are unique in a project so
-- that `survey table --question <Name>` is unambiguous.
CREATE TABLE survey_questions (
  id INTEGER PRIMARY KEY,
  guid TEXT NOT NULL UNIQUE,
  survey_id INTEGER NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
  name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
  kind TEXT NOT NULL CHECK (kind IN ('ranked', 'text')),
  alternatives INTEGER NOT NULL DEFAULT 0 CHECK (alternatives >= 0),
  columns TEXT NOT NULL DEFAULT '[]',
  sort_order INTEGER NOT NULL DEFAULT 0
) STRICT;

-- One named area per alternative. The area is kept by its number (1-14), the identity the
-- questionnaire and the report use, so that renaming or re-parenting an area code changes nothing.
CREATE TABLE survey_answers (
  respondent_id INTEGER NOT NULL REFERENCES respondents (id) ON DELETE CASCADE,
  question_id INTEGER NOT NULL REFERENCES survey_questions (id) ON DELETE CASCADE,
  rank INTEGER NOT NULL CHECK (rank >= 1),
  area INTEGER NOT NULL CHECK (area >= 1),
  PRIMARY KEY (respondent_id, question_id, rank)
) STRICT, WITHOUT ROWID;
CREATE INDEX survey_answers_question ON survey_answers (question_id, rank, area);

-- An open answer is a codeable document (kind 'answer') linked to its respondent and question.
ALTER TABLE documents ADD COLUMN respondent_id INTEGER REFERENCES respondents (id) ON DELETE SET NULL;
ALTER TABLE documents ADD COLUMN question_id INTEGER REFERENCES survey_questions (id) ON DELETE SET NULL;
CREATE INDEX documents_respondent ON documents (respondent_id) WHERE respondent_id IS NOT NULL;

-- A table definition saved by name ("Tabell 3"); `definition` is the JSON the builder validates.
CREATE TABLE saved_tables (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
  definition TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

-- REFI-QDA Variables need a GUID that stays the same across exports.
ALTER TABLE attributes ADD COLUMN guid TEXT;
UPDATE attributes SET guid = lower(
  hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' ||
  substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' ||
  hex(randomblob(6))
) WHERE guid IS NULL;
CREATE UNIQUE INDEX attributes_guid ON attributes (guid);
-- Attributes made later without a GUID get one here, so no code path can forget it.
CREATE TRIGGER attributes_guid_insert AFTER INSERT ON attributes WHEN new.guid IS NULL BEGIN
  UPDATE attributes SET guid = lower(
    hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' ||
    substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' ||
    hex(randomblob(6))
  ) WHERE id = new.id;
END;

-- The project description (REFI-QDA <Description>) lives in project_meta under 'description'.

-- A case (REFI-QDA <Case>): a unit of analysis such as a respondent or an interview group, with
-- the documents that belong to it and its own variable values.
CREATE TABLE cases (
  id INTEGER PRIMARY KEY,
  guid TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  description TEXT NOT NULL DEFAULT '',
  respondent_id INTEGER UNIQUE REFERENCES respondents (id) ON DELETE CASCADE,
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE case_documents (
  case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  PRIMARY KEY (case_id, document_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX case_documents_document ON case_documents (document_id);

CREATE TABLE case_values (
  case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  attribute_id INTEGER NOT NULL REFERENCES attributes (id) ON DELETE CASCADE,
  value TEXT NOT NULL,
  PRIMARY KEY (case_id, attribute_id, value)
) STRICT;

-- Change counters: tables keep the facts they count in memory and read again only what changed.
-- 'structure' counts changes to documents, speakers, turns, attributes and the questionnaire
-- (imports and edits: rare); coding_versions counts changes to each document's coded passages
-- (every coding action), so a table after a coding change reads one document's passages again.
-- Row triggers, so that no code path can forget to count.
CREATE TABLE change_counters (
  name TEXT PRIMARY KEY,
  n INTEGER NOT NULL DEFAULT 0
) STRICT, WITHOUT ROWID;
INSERT INTO change_counters (name, n) VALUES ('structure', 0);
CREATE TRIGGER documents_count_insert AFTER INSERT ON documents BEGIN
  UPDATE change_counters SET n = n + 1 WHERE name = 'structure';
END;
CREATE TRIGGER documents_count_update AFTER UPDATE ON documents BEGIN
  UPDATE change_counters SET n = n + 1 WHERE name = 'structure';
END;
CREATE TRIGGER documents_count_delete AFTER DELETE ON documents BEGIN
  UPDATE change_counters SET n = n + 1 WHERE name = 'structure';
END;
CREATE TRIGGER speakers_count_insert AFTER INSERT ON speakers BEGIN
  UPDATE change_counters SET n = n + 1 WHERE name = 'structure';
END;
CREATE TRIGGER speakers_count_update AFTER UPDATE ON speakers BEGIN
  UPDATE change_counters SET n = n + 1 WHERE name = 'structure';
END;
CREATE TRIGGER speakers_count_delete AFTER DELETE ON speakers BEGIN
  UPDATE change_counters SET n = n + 1 WHERE name = 'structure';
END;
CREATE TRIGGER turns_count_insert AFTER INSERT ON turns BEGIN
  UPDATE change_counters SET n = n + 1 WHERE name = 'structure';
END;
CREATE TRIGGER turns_count_update AFTER UPDATE ON turns BEGIN
  UPDATE change_counters SET n = n + 1 WHERE name = 'structure';
END;
CREATE TRIGGER turns_count_delete AFTER DELETE ON turns BEGIN
  UPDATE change_counters SET n = n + 1 WHERE name = 'structure';
END;
CREATE TRIGGER attributes_count_insert AFTER INSERT ON attributes BEGIN
  UPDATE change_counters SET n = n + 1 WHERE name = 'structure';
END;
CREATE TRIGGER attributes_count_update AFTER UPDATE ON attributes BEGIN
  UPDATE change_counters SET n = n + 1 WHERE name = 'structure';
END;
CREATE TRIGGER attributes_count_delete AFTER DELETE ON attributes BEGIN
  UPDATE change_counters SET n = n + 1 WHERE name = 'structure';
END;
CREATE TRIGGER attribute_values_count_insert AFTER INSERT ON attribute_values BEGIN
  UPDATE change_counters SET n = n + 1 WHERE name = 'structure';
END;
CREATE TRIGGER attribute_values_count_update AFTER UPDATE ON attribute_values BEGIN
  UPDATE change_counters SET n = n + 1 WHERE name = 'structure';
END;
CREATE TRIGGER attribute_values_count_delete AFTER DELETE ON attribute_values BEGIN
  UPDATE change_counters SET n = n + 1 WHERE name = 'structure';
END;
CREATE TRIGGER attribute_choices_count_insert AFTER INSERT ON attribute_choices BEGIN
  UPDATE change_counters SET n = n + 1 WHERE name = 'structure';
END;
CREATE TRIGGER attribute_choices_count_update AFTER UPDATE ON attribute_choices BEGIN
  UPDATE change_counters SET n = n + 1 WHERE name = 'structure';
END;
CREATE TRIGGER attribute_choices_count_delete AFTER DELETE ON attribute_choices BEGIN
  UPDATE change_counters SET n = n + 1 WHERE name = 'structure';
END;
CREATE TRIGGER respondents_count_insert AFTER INSERT ON respondents BEGIN
  UPDATE change_counters SET n = n + 1 WHERE name = 'structure';
END;
CREATE TRIGGER respondents_count_update AFTER UPDATE ON respondents BEGIN
  UPDATE change_counters SET n = n + 1 WHERE name = 'structure';
END;
CREATE TRIGGER respondents_count_delete AFTER DELETE ON respondents BEGIN
  UPDATE change_counters SET n = n + 1 WHERE name = 'structure';
END;
CREATE TRIGGER respondent_values_count_insert AFTER INSERT ON respondent_values BEGIN
  UPDATE change_counters SET n = n + 1 WHERE name = 'structure';
END;
CREATE TRIGGER respondent_values_count_update AFTER UPDATE ON respondent_values BEGIN
  UPDATE change_counters SET n = n + 1 WHERE name = 'structure';
END;
CREATE TRIGGER respondent_values_count_delete AFTER DELETE ON respondent_values BEGIN
  UPDATE change_counters SET n = n + 1 WHERE name = 'structure';
END;
CREATE TRIGGER surveys_count_insert AFTER INSERT ON surveys BEGIN
  UPDATE change_counters SET n = n + 1 WHERE name = 'structure';
END;
CREATE TRIGGER surveys_count_update AFTER UPDATE ON surveys BEGIN
  UPDATE change_counters SET n = n + 1 WHERE name = 'structure';
END;
CREATE TRIGGER surveys_count_delete AFTER DELETE ON surveys BEGIN
  UPDATE change_counters SET n = n + 1 WHERE name = 'structure';
END;

CREATE TABLE coding_versions (
  document_id INTEGER PRIMARY KEY,
  n INTEGER NOT NULL DEFAULT 0
) STRICT;
INSERT INTO coding_versions (document_id, n) SELECT id, 1 FROM documents;
CREATE TRIGGER segments_version_insert AFTER INSERT ON segments BEGIN
  INSERT INTO coding_versions (document_id, n) VALUES (new.document_id, 1)
    ON CONFLICT (document_id) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER segments_version_update AFTER UPDATE ON segments BEGIN
  INSERT INTO coding_versions (document_id, n) VALUES (new.document_id, 1)
    ON CONFLICT (document_id) DO UPDATE SET n = n + 1;
  INSERT INTO coding_versions (document_id, n) VALUES (old.document_id, 1)
    ON CONFLICT (document_id) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER segments_version_delete AFTER DELETE ON segments BEGIN
  INSERT INTO coding_versions (document_id, n) VALUES (old.document_id, 1)
    ON CONFLICT (document_id) DO UPDATE SET n = n + 1;
END;
-- A code added to or taken from a passage; when the passage itself is deleted, its trigger counts.
CREATE TRIGGER segment_codes_version_insert AFTER INSERT ON segment_codes BEGIN
  INSERT INTO coding_versions (document_id, n)
    SELECT document_id, 1 FROM segments WHERE id = new.segment_id
    ON CONFLICT (document_id) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER segment_codes_version_delete AFTER DELETE ON segment_codes BEGIN
  INSERT INTO coding_versions (document_id, n)
    SELECT document_id, 1 FROM segments WHERE id = old.segment_id
    ON CONFLICT (document_id) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER documents_version_delete AFTER DELETE ON documents BEGIN
  DELETE FROM coding_versions WHERE document_id = old.id;
END;
