// The project's history as an audit trail: who changed what, and when. The entries are the same
// ones Ctrl+Z and Ctrl+Shift+Z walk through.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../i18n';
import { wordMessage } from '../i18n/message';
import { useStore } from '../store';
import { Modal } from './Modal';

export function HistoryButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)} title={t('history.hint')}>
        {t('history.open')}
      </button>
      {open && <HistoryDialog onClose={() => setOpen(false)} />}
    </>
  );
}

function HistoryDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const entries = useStore((s) => s.historyEntries);
  const loadHistory = useStore((s) => s.loadHistory);
  useEffect(() => {
    void loadHistory();
  }, [loadHistory]);
  return (
    <Modal title={t('history.title')} onClose={onClose} wide>
      <p className="help">{t('history.explain')}</p>
      {entries === null ? (
        <p className="muted">{t('history.loading')}</p>
      ) : entries.length === 0 ? (
        <p className="muted">{t('history.empty')}</p>
      ) : (
        <div className="table-scroll history-scroll">
          <table className="documents-table">
            <thead>
              <tr>
                <th scope="col">{t('history.when')}</th>
                <th scope="col">{t('history.who')}</th>
                <th scope="col">{t('history.what')}</th>
                <th scope="col">{t('history.state')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.id} className={e.state === 'done' ? undefined : 'muted'}>
                  <td>{formatDate(e.at)}</td>
                  <td>{e.coder ?? '–'}</td>
                  <td className="wrap">{wordMessage(t, e.label)}</td>
                  <td>{t(`history.states.${e.state}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={onClose}>
          {t('import.close')}
        </button>
      </div>
    </Modal>
  );
}
