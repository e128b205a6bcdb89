-- Kvalkod project schema, version 6: every history entry says what it did as a message code with
-- parameters (shared/messages), so that Undo, Redo and the audit trail read in the window's language;
-- `summary` stays the English line the CLI prints. Entries saved before carry only their kind.
ALTER TABLE history ADD COLUMN message TEXT;
UPDATE history SET message = json_object('code',
  CASE
    WHEN action LIKE 'segments.%' OR action LIKE 'autocode.%' THEN 'earlierCoding'
    WHEN action LIKE 'codes.%' OR action LIKE 'refi.%' THEN 'earlierCodebook'
    WHEN action LIKE 'memos.%' THEN 'earlierMemo'
    ELSE 'earlierChange'
  END, 'params', json_object());
