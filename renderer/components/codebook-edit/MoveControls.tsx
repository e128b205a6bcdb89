// The keyboard path for moving a code: "Flytta till…" lists every possible parent (itself and its
// own codes are shown but disabled), and up/down move it one step among its siblings.
import { useTranslation } from 'react-i18next';
import type { Code } from '../../../shared/codebook/types';
import { useStore } from '../../store';
import { CodeOptions } from './CodeOptions';
import { canNestUnder, childrenOf, stepTarget } from './tree';

const TOP = 'top';

export function MoveControls({ code }: { code: Code }) {
  const { t } = useTranslation();
  const codes = useStore((s) => s.codes);
  const moveCode = useStore((s) => s.moveCode);
  const up = stepTarget(codes, code, -1);
  const down = stepTarget(codes, code, 1);

  const moveUnder = (value: string) => {
    const parentId = value === TOP ? null : Number(value);
    if (parentId === code.parentId || !canNestUnder(codes, code.id, parentId)) return;
    const siblings = childrenOf(codes, parentId).filter((c) => c.id !== code.id);
    void moveCode(code.id, parentId, siblings.length);
  };

  return (
    <div className="cb-move">
      <label>
        {t('codebookEdit.move')}
        <select
          value={code.parentId === null ? TOP : String(code.parentId)}
          onChange={(e) => moveUnder(e.target.value)}
        >
          <option value={TOP}>{t('codebookEdit.topLevel')}</option>
          <CodeOptions groups disabled={(c) => !canNestUnder(codes, code.id, c.id)} />
        </select>
      </label>
      <div className="cb-steps">
        <button
          type="button"
          aria-label={t('codebookEdit.moveUp')}
          title={t('codebookEdit.moveUp')}
          disabled={!up}
          onClick={() => up && void moveCode(code.id, up.parentId, up.index)}
        >
          ↑
        </button>
        <button
          type="button"
          aria-label={t('codebookEdit.moveDown')}
          title={t('codebookEdit.moveDown')}
          disabled={!down}
          onClick={() => down && void moveCode(code.id, down.parentId, down.index)}
        >
          ↓
        </button>
      </div>
    </div>
  );
}
