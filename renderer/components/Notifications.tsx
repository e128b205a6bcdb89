// Shows failed calls as readable, translated messages (never a stack trace).
import { useTranslation } from 'react-i18next';
import { useStore } from '../store';

export function Notifications() {
  const { t } = useTranslation();
  const notices = useStore((s) => s.notices);
  const dismiss = useStore((s) => s.dismiss);
  return (
    <section className="notices" aria-label={t('notifications.region')} aria-live="assertive">
      {notices.map((n) => (
        <div key={n.id} className="notice" role="alert">
          <p>{t(`errors.${n.code}`, n.params)}</p>
          <button
            type="button"
            className="icon-button"
            aria-label={t('notifications.dismiss')}
            onClick={() => dismiss(n.id)}
          >
            ×
          </button>
        </div>
      ))}
    </section>
  );
}
