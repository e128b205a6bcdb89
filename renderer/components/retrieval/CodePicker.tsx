// A searchable code picker: type a number or part of a name ("3", "lokal", "stö"), choose with the
// arrow keys and Enter or the mouse. The chosen codes show as chips that can be removed. With
// `single`, choosing replaces the code.
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { searchCodes } from '../../../shared/coding/palette';
import type { Code } from '../../../shared/codebook/types';
import { useStore } from '../../store';
import { codeName } from './describe-query';
import { CodeSwatch } from '../CodeSwatch';

interface Props {
  label: string;
  hint?: string;
  selected: number[];
  onChange: (ids: number[]) => void;
  single?: boolean;
  /** Codes chosen elsewhere in the same query: not offered again. */
  exclude?: readonly number[];
}

export function CodePicker({
  label,
  hint,
  selected,
  onChange,
  single = false,
  exclude = [],
}: Props) {
  const { t } = useTranslation();
  const codes = useStore((s) => s.codes);
  const id = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  // -1: nothing highlighted, so Enter in an empty picker submits the form instead of choosing.
  const [active, setActive] = useState(-1);
  const byId = useMemo(() => new Map(codes.map((c) => [c.id, c])), [codes]);
  const options = useMemo(() => {
    const taken = new Set([...selected, ...exclude]);
    return searchCodes(
      codes.filter((c) => !taken.has(c.id)),
      query,
      12,
    );
  }, [codes, query, selected, exclude]);
  const chosen = selected.map((c) => byId.get(c)).filter((c): c is Code => c !== undefined);

  function choose(code: Code | undefined) {
    if (!code) return;
    onChange(single ? [code.id] : [...selected, code.id]);
    setQuery('');
    setActive(-1);
    if (single) setOpen(false);
  }

  const listId = `${id}-list`;
  const showList = open && (query !== '' || !single || chosen.length === 0);
  return (
    <div className="code-picker">
      <label htmlFor={`${id}-input`} className="picker-label">
        {label}
      </label>
      {hint && <p className="help tight">{hint}</p>}
      {chosen.length > 0 && (
        <ul className="chip-list" aria-label={label}>
          {chosen.map((c) => (
            <li key={c.id} className="code-chip">
              <CodeSwatch code={c} />
              <span className="code-chip-name" title={codeName(c, t)}>
                {c.name}
              </span>
              <button
                type="button"
                className="icon-button"
                aria-label={t('retrieval.remove', { code: codeName(c, t) })}
                title={t('retrieval.remove', { code: codeName(c, t) })}
                onClick={() => onChange(selected.filter((x) => x !== c.id))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="picker-box">
        <input
          id={`${id}-input`}
          type="text"
          role="combobox"
          aria-expanded={showList}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={
            showList && options[active] ? `${id}-opt-${options[active].id}` : undefined
          }
          autoComplete="off"
          placeholder={t('retrieval.pickerPlaceholder')}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(e.target.value.trim() ? 0 : -1);
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
          onClick={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown') {
              e.preventDefault();
              setOpen(true);
              setActive(Math.min(active + 1, options.length - 1));
            } else if (e.key === 'ArrowUp') {
              e.preventDefault();
              setActive(Math.max(active - 1, 0));
            } else if (e.key === 'Enter' && showList && options[active]) {
              e.preventDefault();
              choose(options[active]);
            } else if (e.key === 'Escape' && showList) {
              e.preventDefault();
              e.stopPropagation();
              setOpen(false);
            } else if (e.key === 'Backspace' && query === '' && selected.length > 0 && !single) {
              onChange(selected.slice(0, -1));
            }
          }}
        />
        {showList && (
          <ul
            id={listId}
            role="listbox"
            className="picker-list"
            aria-label={t('retrieval.pickerResults')}
          >
            {options.map((c, i) => (
              <li
                key={c.id}
                id={`${id}-opt-${c.id}`}
                role="option"
                aria-selected={i === active}
                aria-label={codeName(c, t)}
                className={i === active ? 'active' : undefined}
                // mousedown, not click: the input's blur would close the list first. A code chosen
                // with the mouse closes the list, which would otherwise lie over the filters below
                // (typing, a click in the field or ↓ opens it again).
                onMouseDown={(e) => {
                  e.preventDefault();
                  choose(c);
                  setOpen(false);
                }}
                onMouseEnter={() => setActive(i)}
              >
                <CodeSwatch code={c} />
                <span className="code-name">{c.name}</span>
              </li>
            ))}
            {options.length === 0 && (
              <li role="option" aria-selected={false} aria-disabled="true" className="muted">
                {t('retrieval.pickerNone')}
              </li>
            )}
          </ul>
        )}
      </div>
    </div>
  );
}
