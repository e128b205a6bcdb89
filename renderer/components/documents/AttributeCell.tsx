// One editable attribute cell: click (or Enter) to edit, Enter to save, Escape to leave it as it was.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Attribute } from '../../../shared/attributes/types';
import { splitValues } from '../../../shared/attributes/values';
import type { DocumentSummary } from '../../../shared/documents/types';
import { useStore } from '../../store';

interface Props {
  document: DocumentSummary;
  attribute: Attribute;
  text: string;
}

export function AttributeCell({ document, attribute, text }: Props) {
  const { t } = useTranslation();
  const setAttributeValues = useStore((s) => s.setAttributeValues);
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(text);
  const listId = `choices-${attribute.id}`;

  async function save() {
    const values = attribute.multiple ? splitValues(draft) : draft.trim() ? [draft.trim()] : [];
    if (await setAttributeValues([document.id], attribute.name, values)) setEditing(false);
  }

  if (!editing) {
    return (
      <td>
        <button
          type="button"
          className="cell-button"
          // The value first: a button is named by the words it shows (axe: label in name).
          aria-label={`${text ? `${text}, ` : ''}${t('documents.editValue', { name: attribute.name, document: document.name })}`}
          onClick={() => {
            setDraft(text);
            setEditing(true);
          }}
        >
          {text || <span className="placeholder">–</span>}
        </button>
      </td>
    );
  }
  return (
    <td>
      <input
        autoFocus
        className="cell-input"
        aria-label={t('documents.editValue', { name: attribute.name, document: document.name })}
        type={attribute.type === 'date' ? 'date' : attribute.type === 'number' ? 'number' : 'text'}
        list={attribute.type === 'category' ? listId : undefined}
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') void save();
          if (e.key === 'Escape') setEditing(false);
        }}
        onBlur={() => void save()}
      />
      {attribute.type === 'category' && (
        <datalist id={listId}>
          {attribute.choices.map((c) => (
            <option key={c} value={c} />
          ))}
        </datalist>
      )}
    </td>
  );
}
