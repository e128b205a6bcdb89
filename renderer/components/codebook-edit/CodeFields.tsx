// The chosen code's editable fields: colour (palette or any colour), shortcut key, and the texts
// that describe it. Each saves on its own when the researcher leaves it, as one undo step.
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Code } from '../../../shared/codebook/types';
import { ApiCallError } from '../../api/client';
import type { CodeChange } from '../../store/codebook-slice';
import { useStore } from '../../store';
import { SAFE_COLORS, sameColor, useCodeLabel } from './labels';

/** A text saved on blur. Mount it with key={value} so an undo shows the restored text. */
export function TextField({
  label,
  value,
  onCommit,
  rows = 2,
}: {
  label: string;
  value: string;
  onCommit: (text: string) => void;
  rows?: number;
}) {
  const [draft, setDraft] = useState(value);
  return (
    <label className="stacked">
      {label}
      <textarea
        rows={rows}
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={() => draft !== value && onCommit(draft)}
      />
    </label>
  );
}

export function ColorField({ code }: { code: Code }) {
  const { t } = useTranslation();
  const label = useCodeLabel()(code);
  const updateCode = useStore((s) => s.updateCode);
  const [draft, setDraft] = useState(code.color);
  const input = useRef<HTMLInputElement>(null);
  const save = (color: string) => {
    if (!sameColor(color, code.color)) void updateCode(code.id, { color });
  };
  // The picker fires `input` while she drags; only its `change` (picker closed) is a decision.
  useEffect(() => {
    const el = input.current;
    if (!el) return;
    const onChange = () => {
      if (!sameColor(el.value, code.color)) void updateCode(code.id, { color: el.value });
    };
    el.addEventListener('change', onChange);
    return () => el.removeEventListener('change', onChange);
  }, [code.id, code.color, updateCode]);

  return (
    <fieldset className="cb-color">
      <legend>{t('codebookEdit.color')}</legend>
      <div className="cb-color-row">
        <div className="cb-palette" role="group" aria-label={t('codebookEdit.palette')}>
          {SAFE_COLORS.map((c) => {
            const chosen = sameColor(c.hex, draft);
            return (
              <button
                key={c.name}
                type="button"
                className="cb-chip"
                style={{ backgroundColor: c.hex }}
                aria-label={t(`codebookEdit.colors.${c.name}`)}
                title={t(`codebookEdit.colors.${c.name}`)}
                aria-pressed={chosen}
                onClick={() => {
                  setDraft(c.hex);
                  save(c.hex);
                }}
              />
            );
          })}
        </div>
        <input
          ref={input}
          type="color"
          className="cb-custom-color"
          aria-label={t('codebookEdit.customColor', { name: label })}
          title={t('codebookEdit.customColor', { name: label })}
          value={draft.toLowerCase()}
          onChange={(e) => setDraft(e.target.value)}
        />
      </div>
    </fieldset>
  );
}

/** K opens the quick palette in Kodning, so it cannot code a passage. */
const RESERVED = new Set(['k']);

export function ShortcutField({ code }: { code: Code }) {
  const { t } = useTranslation();
  const codes = useStore((s) => s.codes);
  const updateCode = useStore((s) => s.updateCode);
  const notifyError = useStore((s) => s.notifyError);
  const saved = code.shortcut ?? '';
  const [draft, setDraft] = useState(saved);
  const helpId = useId();
  const key = draft.trim().toLowerCase();
  const holder = key
    ? codes.find((c) => c.id !== code.id && c.shortcut?.toLowerCase() === key)
    : undefined;
  const problem = RESERVED.has(key)
    ? t('codebookEdit.shortcutReserved')
    : holder
      ? t('codebookEdit.shortcutTaken', { key, name: holder.name })
      : null;

  const commit = async () => {
    if (key === saved.toLowerCase()) return;
    if (problem) {
      // Refused here already; the notice says why, and the field goes back to the saved key.
      notifyError(
        new ApiCallError(
          holder
            ? { code: 'shortcut_taken', message: problem, params: { key, code: holder.name } }
            : { code: 'shortcut_reserved', message: problem, params: { key: key.toUpperCase() } },
        ),
      );
      setDraft(saved);
      return;
    }
    const change: CodeChange = { shortcut: key || null };
    if (!(await updateCode(code.id, change))) setDraft(saved);
  };

  return (
    <div className="cb-shortcut">
      <label>
        {t('codebookEdit.shortcut')}
        <input
          type="text"
          className="cb-key"
          value={draft}
          maxLength={1}
          autoComplete="off"
          spellCheck={false}
          aria-invalid={problem !== null}
          aria-describedby={helpId}
          onFocus={(e) => e.currentTarget.select()}
          onChange={(e) => setDraft(e.target.value.slice(-1))}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              void commit();
            }
          }}
          onBlur={() => void commit()}
        />
      </label>
      <p id={helpId} className={problem ? 'cb-field-error' : 'help'} aria-live="polite">
        {problem ?? t('codebookEdit.shortcutHelp')}
      </p>
    </div>
  );
}
