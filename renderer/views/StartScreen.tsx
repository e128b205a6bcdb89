// Start screen: New project, Open project, Recent projects (a missing file is marked, not an error).
import { RefiImportCard } from '../components/refi/RefiImportCard';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { PathDialog, type PathDialogMode } from '../components/PathDialog';
import { formatDate } from '../i18n';
import { useStore } from '../store';

export function StartScreen() {
  const { t } = useTranslation();
  const appInfo = useStore((s) => s.appInfo);
  const recent = useStore((s) => s.recent);
  const openProject = useStore((s) => s.openProject);
  const forgetRecent = useStore((s) => s.forgetRecent);
  const [dialog, setDialog] = useState<PathDialogMode | null>(null);

  return (
    <main className="start">
      <header className="start-header">
        <div>
          <h1>{t('app.name')}</h1>
          <p className="tagline">{t('app.tagline')}</p>
        </div>
        <LanguageSwitch />
      </header>

      <div className="start-actions">
        <button type="button" className="action-card" onClick={() => setDialog('save')}>
          <span className="action-title">{t('start.newProject')}</span>
          <span className="action-hint">{t('start.newProjectHint')}</span>
        </button>
        <button type="button" className="action-card" onClick={() => setDialog('open')}>
          <span className="action-title">{t('start.openProject')}</span>
          <span className="action-hint">{t('start.openProjectHint')}</span>
        </button>
        <button type="button" className="action-card" onClick={() => setDialog('example')}>
          <span className="action-title">{t('start.example')}</span>
          <span className="action-hint">{t('start.exampleHint')}</span>
        </button>
        <RefiImportCard />
      </div>

      <section className="recent" aria-labelledby="recent-heading">
        <h2 id="recent-heading">{t('start.recent')}</h2>
        {recent.length === 0 ? (
          <p className="muted">{t('start.recentEmpty')}</p>
        ) : (
          <ul className="recent-list">
            {recent.map((r, i) => (
              <li key={r.path} className={r.missing ? 'recent-item missing' : 'recent-item'}>
                {/* The path is drawn over the button, outside it: a button's name holds the
                    words it shows, and "Öppna Studie" reads better than the path. */}
                <div className="recent-target">
                  <button
                    type="button"
                    className="recent-open"
                    aria-label={t('start.openRecent', { name: r.name })}
                    aria-describedby={`recent-path-${i}`}
                    disabled={r.missing}
                    onClick={() => void openProject(r.path)}
                  >
                    <span className="recent-name">{r.name}</span>
                  </button>
                  <span className="recent-path" id={`recent-path-${i}`}>
                    {r.path}
                  </span>
                </div>
                <span className="recent-meta">
                  {r.missing ? (
                    <span className="badge warn" title={t('start.missingHint')}>
                      {t('start.missing')}
                    </span>
                  ) : (
                    t('start.openedAt', { date: formatDate(r.openedAt) })
                  )}
                </span>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={t('start.forget', { name: r.name })}
                  title={t('start.forget', { name: r.name })}
                  onClick={() => void forgetRecent(r.path)}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>

      {appInfo && (
        <footer className="start-footer">{t('app.version', { version: appInfo.version })}</footer>
      )}
      {dialog && <PathDialog mode={dialog} onDone={() => setDialog(null)} />}
    </main>
  );
}
