// Merge and delete ask first and say what will happen, in numbers, before anything changes.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CodeUsage } from '../../../shared/api/contract-coding';
import type { Code } from '../../../shared/codebook/types';
import { useStore } from '../../store';
import { Modal } from '../Modal';
import { useCodeLabel } from './labels';
import { CodeOptions } from './CodeOptions';
import { childrenOf, descendantIds } from './tree';

interface Props {
  code: Code;
  onClose: () => void;
}

/** Puts the keyboard back on the button that opened the dialog's code. */
function refocus(code: Code) {
  document.querySelector<HTMLElement>(`.cb-name[data-code-id="${code.id}"]`)?.focus();
}

export function MergeDialog({ code, onClose }: Props) {
  const { t } = useTranslation();
  const labelOf = useCodeLabel();
  const codes = useStore((s) => s.codes);
  const counts = useStore((s) => s.codeCounts);
  const mergeCodes = useStore((s) => s.mergeCodes);
  const [into, setInto] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const from = labelOf(code);
  const moved = counts[code.id] ?? 0;
  const children = childrenOf(codes, code.id).length;
  const own = descendantIds(codes, code.id);
  const survivor = codes.find((c) => c.id === into);
  // The backend refuses a code's own sub-codes, and group headings when passages would move.
  const allowed = (c: Code) => c.id !== code.id && !own.has(c.id) && (c.codable || moved === 0);

  return (
    <Modal title={t('codebookEdit.mergeTitle', { name: from })} onClose={onClose}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (into === null) return;
          setBusy(true);
          void mergeCodes(code.id, into).then((result) => {
            setBusy(false);
            if (result !== null) onClose();
          });
        }}
      >
        <label className="stacked">
          {t('codebookEdit.mergeInto')}
          <select
            autoFocus
            value={into ?? ''}
            onChange={(e) => setInto(e.target.value ? Number(e.target.value) : null)}
          >
            <option value="">{t('codebookEdit.chooseCode')}</option>
            <CodeOptions groups={false} disabled={(c) => !allowed(c)} />
          </select>
        </label>
        {survivor && (
          <div className="cb-consequence" aria-live="polite">
            <p>
              {t('codebookEdit.mergeSummary', {
                count: moved,
                from,
                into: labelOf(survivor),
              })}
            </p>
            {children > 0 && (
              <p>{t('codebookEdit.mergeChildren', { count: children, into: labelOf(survivor) })}</p>
            )}
            <p className="muted small">{t('codebookEdit.undoHint')}</p>
          </div>
        )}
        <div className="dialog-actions">
          <button
            type="button"
            onClick={() => {
              onClose();
              refocus(code);
            }}
          >
            {t('codebookEdit.cancel')}
          </button>
          <button type="submit" className="primary" disabled={into === null || busy}>
            {t('codebookEdit.mergeConfirm')}
          </button>
        </div>
      </form>
    </Modal>
  );
}

export function DeleteDialog({ code, usage, onClose }: Props & { usage: CodeUsage }) {
  const { t } = useTranslation();
  const label = useCodeLabel()(code);
  const deleteCode = useStore((s) => s.deleteCode);
  const [busy, setBusy] = useState(false);
  return (
    <Modal title={t('codebookEdit.deleteTitle', { name: label })} onClose={onClose}>
      <div className="cb-consequence">
        <p className="cb-consequence-main">
          {usage.segments > 0
            ? t('codebookEdit.deleteSegments', { count: usage.segments })
            : t('codebookEdit.deleteUnused')}
        </p>
        {usage.removedSegments > 0 && (
          <p>{t('codebookEdit.deleteRemoved', { count: usage.removedSegments })}</p>
        )}
        {usage.children > 0 && <p>{t('codebookEdit.deleteChildren', { count: usage.children })}</p>}
        <p className="muted small">{t('codebookEdit.undoHint')}</p>
      </div>
      <div className="dialog-actions">
        <button
          type="button"
          autoFocus
          onClick={() => {
            onClose();
            refocus(code);
          }}
        >
          {t('codebookEdit.cancel')}
        </button>
        <button
          type="button"
          className="primary danger-fill"
          disabled={busy}
          onClick={() => {
            setBusy(true);
            void deleteCode(code.id).then((ok) => {
              setBusy(false);
              if (ok) onClose();
            });
          }}
        >
          {t('codebookEdit.deleteConfirm')}
        </button>
      </div>
    </Modal>
  );
}
