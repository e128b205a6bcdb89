// Undo and redo in the top bar. Each names exactly what Ctrl+Z (or Ctrl+Shift+Z) would do, in the
// window's language, with the shortcut in its tooltip.
import { useTranslation } from 'react-i18next';
import { wordMessage } from '../i18n/message';
import { useStore } from '../store';
import { HistoryButton } from './HistoryDialog';

export function UndoButtons() {
  const { t } = useTranslation();
  const state = useStore((s) => s.undoState);
  const undo = useStore((s) => s.undo);
  const redo = useStore((s) => s.redo);
  const undoName = state.undoLabel
    ? `${t('undo.undo')}: ${wordMessage(t, state.undoLabel)}`
    : t('undo.undo');
  const redoName = state.redoLabel
    ? `${t('undo.redo')}: ${wordMessage(t, state.redoLabel)}`
    : t('undo.redo');
  return (
    <div className="undo-buttons">
      <button
        type="button"
        disabled={!state.canUndo}
        aria-label={undoName}
        title={`${undoName} (Ctrl+Z)`}
        onClick={() => void undo()}
      >
        ↶ {t('undo.undo')}
      </button>
      <button
        type="button"
        disabled={!state.canRedo}
        aria-label={redoName}
        title={`${redoName} (Ctrl+Shift+Z)`}
        onClick={() => void redo()}
      >
        ↷ {t('undo.redo')}
      </button>
      <HistoryButton />
    </div>
  );
}
