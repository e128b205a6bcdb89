// What the researcher must know about the project file itself, above every view: that it opened
// read-only, or that documents no longer match the checksums from their import.
import { useTranslation } from 'react-i18next';
import { useStore } from '../../store';
import './project-file.css';

export function ProjectFileBanner() {
  const { t } = useTranslation();
  const project = useStore((s) => s.project);
  if (!project) return null;
  const damaged = project.damagedDocuments;
  if (!project.readOnly && damaged.length === 0) return null;
  return (
    <div className="project-file-banner" role="status">
      {project.readOnly && <p>{t('projectFile.readOnly')}</p>}
      {damaged.length > 0 && (
        <p>
          {t('projectFile.damaged', {
            count: damaged.length,
            names: damaged.map((d) => d.name).join(', '),
          })}{' '}
          {t('projectFile.damagedAdvice')}
        </p>
      )}
    </div>
  );
}
