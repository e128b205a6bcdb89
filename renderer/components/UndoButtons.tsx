// Undo and redo in the top bar, labelled with what they would do (the shortcut in the tooltip).
import { useTranslation } from 'react-i18next';
import { useStore } from '../store';
import { HistoryButton } from './HistoryDialog';

export function UndoButtons() {
  const { t } = useTranslation();
  const state = useStore((s) => s.undoState);
  const undo = useStore((s) => s.undo);
  const redo = useStore((s) => s.redo);
  return (
    <div className="undo-buttons">
      <button
        type="button"
        disabled={!state.canUndo}
        aria-label={t('undo.undo')}
        title={
          state.undoSummary
            ? `${t('undo.undo')}: ${state.undoSummary} (Ctrl+Z)`
            : `${t('undo.undo')} (Ctrl+Z)`
        }
        onClick={() => void undo()}
      >
        ↶ {t('undo.undo')}
      </button>
      <button
        type="button"
        disabled={!state.canRedo}
        aria-label={t('undo.redo')}
        title={
          state.redoSummary
            ? `${t('undo.redo')}: ${state.redoSummary} (Ctrl+Shift+Z)`
            : `${t('undo.redo')} (Ctrl+Shift+Z)`
        }
        onClick={() => void redo()}
      >
        ↷ {t('undo.redo')}
      </button>
      <HistoryButton />
    </div>
  );
}
