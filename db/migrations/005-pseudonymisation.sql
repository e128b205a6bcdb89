-- Kvalkod project schema, version 5: pseudonymisation. The researcher's decisions on the scan's
-- candidates, kept while she works through the material over several days (a candidate without a
-- row is pending), and the words never to propose. A pseudonymised copy carries neither: its key
-- is a separate file.

CREATE TABLE pseudonym_decisions (
  id INTEGER PRIMARY KEY,
  -- The candidate as the scan names it (a full name, a phone number...) or as the researcher added it.
  text TEXT NOT NULL UNIQUE CHECK (length(trim(text)) > 0),
  kind TEXT NOT NULL CHECK (kind IN ('personnummer', 'phone', 'email', 'address', 'name', 'other')),
  status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'rejected')),
  -- NULL: the proposal of the scan.
  replacement TEXT CHECK (replacement IS NULL OR length(trim(replacement)) > 0),
  -- The candidate this one is the same person as (its forms take that one's pseudonym).
  merged_into TEXT,
  -- The researcher's own addition, kept even where the scan finds nothing.
  added INTEGER NOT NULL DEFAULT 0 CHECK (added IN (0, 1)),
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE pseudonym_stop_words (
  id INTEGER PRIMARY KEY,
  word TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(word)) > 0)
) STRICT;
