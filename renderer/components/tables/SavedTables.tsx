// Saved tables: save the definition on screen by name (asking before one is replaced), open one
// (computed afresh from today's coding), delete one with a way back.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SavedTable } from '../../../shared/api/contract-tables';
import { formatDate } from '../../i18n';
import { useStore } from '../../store';
import { Modal } from '../Modal';
import { sameDefinition } from './definition';

export function SavedTables() {
  const { t } = useTranslation();
  const saved = useStore((s) => s.savedTables);
  const open = useStore((s) => s.savedTableOpen);
  const deleted = useStore((s) => s.savedTableDeleted);
  const draft = useStore((s) => s.tableDraft);
  const save = useStore((s) => s.saveTable);
  const openSaved = useStore((s) => s.openSavedTable);
  const remove = useStore((s) => s.deleteSavedTable);
  const restore = useStore((s) => s.restoreSavedTable);
  const [name, setName] = useState(open ?? '');
  const [replacing, setReplacing] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const trimmed = name.trim();

  async function doSave(target: string) {
    setBusy(true);
    setReplacing(null);
    await save(target);
    setBusy(false);
  }

  function submit() {
    if (!trimmed) return;
    if (saved?.some((s) => s.name === trimmed)) setReplacing(trimmed);
    else void doSave(trimmed);
  }

  const describe = (s: SavedTable) =>
    [
      s.definition.cols ? `${s.definition.rows} × ${s.definition.cols}` : s.definition.rows,
      t(`tables.units.${s.definition.unit}`),
      ...s.definition.filters.map((f) => `${f.name} = ${f.values.join(', ')}`),
    ].join(' · ');

  return (
    <section className="saved-tables" aria-labelledby="saved-tables-heading">
      <h3 id="saved-tables-heading">{t('tables.saved.title')}</h3>
      {saved === null ? null : saved.length === 0 ? (
        <p className="muted small saved-empty">{t('tables.saved.empty')}</p>
      ) : (
        <ul className="saved-list" aria-label={t('tables.saved.title')}>
          {saved.map((s) => {
            const current = s.name === open;
            const changed = current && !sameDefinition(s.definition, draft);
            return (
              <li key={s.id} className={current ? 'saved-item current' : 'saved-item'}>
                <button
                  type="button"
                  className="saved-open"
                  aria-current={current ? 'true' : undefined}
                  title={`${describe(s)}\n${t('tables.saved.savedAt', { date: formatDate(s.updatedAt) })}\n${t('tables.saved.openHint')}`}
                  onClick={() => {
                    setName(s.name);
                    void openSaved(s);
                  }}
                >
                  {s.name}
                  {changed && <span className="saved-changed"> ({t('tables.saved.changed')})</span>}
                </button>
                <button
                  type="button"
                  className="saved-delete"
                  aria-label={t('tables.saved.delete', { name: s.name })}
                  title={t('tables.saved.delete', { name: s.name })}
                  onClick={() => void remove(s.name)}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <form
        className="saved-form"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <input
          type="text"
          aria-label={t('tables.saved.name')}
          value={name}
          placeholder={t('tables.saved.namePlaceholder')}
          onChange={(e) => setName(e.target.value)}
        />
        <button type="submit" disabled={!trimmed || busy} title={t('tables.saved.saveHint')}>
          {t('tables.saved.save')}
        </button>
      </form>
      {deleted && (
        <p className="undo-line" role="status">
          {t('tables.saved.deleted', { name: deleted.name })}{' '}
          <button type="button" className="link" onClick={() => void restore()}>
            {t('tables.saved.restore')}
          </button>
        </p>
      )}

      {replacing && (
        <Modal title={t('tables.saved.replaceTitle')} onClose={() => setReplacing(null)}>
          <p>{t('tables.saved.replaceText', { name: replacing })}</p>
          <div className="dialog-actions">
            <button type="button" onClick={() => setReplacing(null)}>
              {t('tables.saved.cancel')}
            </button>
            <button type="button" className="primary" onClick={() => void doSave(replacing)}>
              {t('tables.saved.replace')}
            </button>
          </div>
        </Modal>
      )}
    </section>
  );
}
