// What speaker detection finds in the first chosen file: the speakers and the first turns.
import { useTranslation } from 'react-i18next';
import { useStore } from '../../store';

export function SpeakerPreview() {
  const { t } = useTranslation();
  const preview = useStore((s) => s.importPreview);
  if (!preview) return <p className="muted">{t('import.previewLoading')}</p>;
  return (
    <section className="speaker-preview" aria-label={t('import.preview')}>
      <p className="help">
        {t('import.previewSummary', {
          file: preview.file,
          speakers: preview.speakers.length,
          turns: preview.turns,
        })}
      </p>
      {preview.speakers.length > 0 && (
        <ul className="chips">
          {preview.speakers.map((s) => (
            <li key={s.label} className={s.role === 'interviewer' ? 'chip interviewer' : 'chip'}>
              {s.label}{' '}
              <span className="muted">
                · {t(`speakers.roles.${s.role}`)} · {s.turns}
              </span>
            </li>
          ))}
        </ul>
      )}
      {preview.sample.length > 0 && (
        <ol className="preview-turns">
          {preview.sample.map((turn) => (
            <li key={turn.start}>
              <span
                className={turn.role === 'interviewer' ? 'turn-label interviewer' : 'turn-label'}
              >
                {turn.speaker}
              </span>
              <span>{turn.speech}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
