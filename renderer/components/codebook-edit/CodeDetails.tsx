// The chosen code in full: name, colour, key, the four describing texts, its memo, where it sits
// (move / up / down), and merge or delete behind a confirmation that says what will happen.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CodeUsage } from '../../../shared/api/contract-coding';
import type { Code } from '../../../shared/codebook/types';
import { useStore } from '../../store';
import { ColorField, ShortcutField, TextField } from './CodeFields';
import { DeleteDialog, MergeDialog } from './ConfirmDialogs';
import { useCodeLabel } from './labels';
import { MoveControls } from './MoveControls';
import { childrenOf, groupOf } from './tree';
import { CodeSwatch } from '../CodeSwatch';

const DESCRIBE = ['whenToUse', 'whenNotToUse', 'example'] as const;

export function CodeDetails({ code }: { code: Code }) {
  const { t } = useTranslation();
  const label = useCodeLabel()(code);
  const codes = useStore((s) => s.codes);
  const count = useStore((s) => s.codeCounts[code.id] ?? 0);
  const updateCode = useStore((s) => s.updateCode);
  const setRenaming = useStore((s) => s.setCodebookRenaming);
  const codeUsage = useStore((s) => s.codeUsage);
  const [dialog, setDialog] = useState<'merge' | { usage: CodeUsage } | null>(null);
  const group = groupOf(codes, code);
  const children = childrenOf(codes, code.id).length;

  return (
    <section className="cb-details" aria-labelledby="cb-details-heading">
      <header className="cb-details-head">
        <CodeSwatch code={code} className="swatch cb-big-swatch" />
        <h3 id="cb-details-heading">{label}</h3>
        <button
          type="button"
          aria-label={t('codebookEdit.renameCode', { name: label })}
          title="F2"
          onClick={() => setRenaming(code.id)}
        >
          {t('codebookEdit.rename')}
        </button>
      </header>
      <p className="muted small cb-meta">
        {group.id !== code.id && <span>{t('codebookEdit.inGroup', { name: group.name })}</span>}
        {code.codable ? (
          <span>{t('codebookEdit.count', { count })}</span>
        ) : (
          <span>{t('codebookEdit.isGroup')}</span>
        )}
        {children > 0 && <span>{t('codebookEdit.children', { count: children })}</span>}
      </p>

      <div className="cb-form-row">
        <ColorField key={`${code.id}-${code.color}`} code={code} />
        {code.codable && <ShortcutField key={`${code.id}-${code.shortcut ?? ''}`} code={code} />}
      </div>

      <fieldset className="cb-describe">
        <legend>{t('codebookEdit.describe')}</legend>
        <TextField
          key={`d-${code.id}-${code.description}`}
          label={t('codebookEdit.definition')}
          value={code.description}
          rows={3}
          onCommit={(description) => void updateCode(code.id, { description })}
        />
        {DESCRIBE.map((field) => (
          <TextField
            key={`${field}-${code.id}-${code[field] ?? ''}`}
            label={t(`codebookEdit.${field}`)}
            value={code[field] ?? ''}
            onCommit={(text) => void updateCode(code.id, { [field]: text })}
          />
        ))}
        <p className="help">{t('codebookEdit.savedOnLeave')}</p>
      </fieldset>

      <CodeMemo codeId={code.id} />

      <fieldset className="cb-place">
        <legend>{t('codebookEdit.placement')}</legend>
        <MoveControls code={code} />
      </fieldset>

      <div className="button-row left cb-actions">
        <button type="button" onClick={() => setDialog('merge')}>
          {t('codebookEdit.merge')}
        </button>
        <button
          type="button"
          className="danger"
          onClick={() => void codeUsage(code.id).then((usage) => usage && setDialog({ usage }))}
        >
          {t('codebookEdit.delete')}
        </button>
      </div>

      {dialog === 'merge' && <MergeDialog code={code} onClose={() => setDialog(null)} />}
      {dialog !== null && dialog !== 'merge' && (
        <DeleteDialog code={code} usage={dialog.usage} onClose={() => setDialog(null)} />
      )}
    </section>
  );
}

/** The code's memo: loaded when the code is chosen (and after undo/redo), saved on blur. */
function CodeMemo({ codeId }: { codeId: number }) {
  const { t } = useTranslation();
  const memo = useStore((s) => (s.codeMemo?.codeId === codeId ? s.codeMemo.memo : undefined));
  const undoState = useStore((s) => s.undoState);
  const loadCodeMemo = useStore((s) => s.loadCodeMemo);
  const saveCodeMemo = useStore((s) => s.saveCodeMemo);
  useEffect(() => {
    void loadCodeMemo(codeId);
  }, [codeId, undoState, loadCodeMemo]);
  if (memo === undefined) return null;
  return (
    <div className="cb-memo">
      <TextField
        key={`${codeId}-${memo?.id ?? 0}-${memo?.updatedAt ?? ''}`}
        label={t('codebookEdit.memo')}
        value={memo?.text ?? ''}
        rows={4}
        onCommit={(text) => void saveCodeMemo(codeId, text)}
      />
    </div>
  );
}
