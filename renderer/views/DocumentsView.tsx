// The documents panel. Empty until transcripts are imported.
import { useTranslation } from 'react-i18next';

export function DocumentsView() {
  const { t } = useTranslation();
  return (
    <section className="documents" aria-labelledby="documents-heading">
      <h2 id="documents-heading">{t('project.documents')}</h2>
      <div className="empty-state">
        <p className="empty-title">{t('project.documentsEmpty')}</p>
        <p className="muted">{t('project.documentsEmptyHint')}</p>
      </div>
    </section>
  );
}
