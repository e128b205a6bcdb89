// Second step: how speakers are found (with a live preview on the first file) and which attributes
// come from the file names.
import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newCategoryValues } from '../../../shared/attributes/new-values';
import { compileFilenamePattern, matchFilename } from '../../../shared/attributes/values';
import { LABEL_PATTERNS } from '../../../shared/transcript/labels';
import type { DetectionMode } from '../../../shared/transcript/types';
import { useStore } from '../../store';
import { SpeakerPreview } from './SpeakerPreview';

export const DEFAULT_PATTERN = '{Stadsdelsförvaltning}_{Intervjuomgång}_{Grupp}';
type ModeKind = DetectionMode['kind'];

export function ImportSettingsForm() {
  const { t, i18n } = useTranslation();
  const names = useStore((s) => s.importNames);
  const attributes = useStore((s) => s.attributes);
  const previewSpeakers = useStore((s) => s.previewSpeakers);
  const startImport = useStore((s) => s.startImport);
  const close = useStore((s) => s.closeImport);
  const checking = useStore((s) => s.importStage === 'checking');
  const [kind, setKind] = useState<ModeKind>('auto');
  const [ids, setIds] = useState<string[]>(LABEL_PATTERNS.map((p) => p.id));
  const [regex, setRegex] = useState('^(?<speaker>[A-ZÅÄÖ][\\wåäö ]{0,20}):');
  const [useNames, setUseNames] = useState(true);
  const [pattern, setPattern] = useState(DEFAULT_PATTERN);
  const modeId = useId();
  const patternId = useId();

  const mode: DetectionMode = useMemo(() => {
    if (kind === 'patterns') return { kind, ids };
    if (kind === 'regex') return { kind, source: regex };
    return { kind };
  }, [kind, ids, regex]);

  useEffect(() => {
    // Typing a regular expression re-runs the preview once the user pauses.
    const timer = setTimeout(() => void previewSpeakers(mode), kind === 'regex' ? 400 : 0);
    return () => clearTimeout(timer);
  }, [mode, kind, previewSpeakers]);

  const example = useMemo(() => {
    try {
      return matchFilename(compileFilenamePattern(pattern), names[0] ?? '');
    } catch {
      return null;
    }
  }, [pattern, names]);

  // New values of category attributes the pattern would make: shown before anything is imported.
  const fresh = useMemo(
    () => (useNames ? newCategoryValues(pattern, names, attributes) : []),
    [useNames, pattern, names, attributes],
  );

  const lang = i18n.language === 'en' ? 'en' : 'sv';
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void startImport({
          speakers: mode,
          attributes: {},
          filenamePattern: useNames ? pattern : null,
          // A text already in the project: the question before the import decides.
          duplicates: 'skip',
        });
      }}
    >
      <p>
        {t('import.chosen', { count: names.length })}{' '}
        <span className="muted">
          {names.slice(0, 4).join(', ') + (names.length > 4 ? ' …' : '')}
        </span>
      </p>

      <fieldset>
        <legend>{t('import.speakers')}</legend>
        <label htmlFor={modeId}>{t('import.speakerMode')}</label>
        <select id={modeId} value={kind} onChange={(e) => setKind(e.target.value as ModeKind)}>
          <option value="auto">{t('import.modes.auto')}</option>
          <option value="patterns">{t('import.modes.patterns')}</option>
          <option value="regex">{t('import.modes.regex')}</option>
          <option value="none">{t('import.modes.none')}</option>
        </select>
        {kind === 'patterns' && (
          <div className="checkbox-grid">
            {LABEL_PATTERNS.map((p) => (
              <label key={p.id} className="checkbox">
                <input
                  type="checkbox"
                  checked={ids.includes(p.id)}
                  onChange={(e) =>
                    setIds(e.target.checked ? [...ids, p.id] : ids.filter((x) => x !== p.id))
                  }
                />
                {p.label[lang]}
              </label>
            ))}
          </div>
        )}
        {kind === 'regex' && (
          <label className="stacked">
            {t('import.regex')}
            <input
              type="text"
              value={regex}
              onChange={(e) => setRegex(e.target.value)}
              spellCheck={false}
              className="mono"
            />
            <span className="help">{t('import.regexHelp')}</span>
          </label>
        )}
        <SpeakerPreview />
      </fieldset>

      <fieldset>
        <legend>{t('import.attributes')}</legend>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={useNames}
            onChange={(e) => setUseNames(e.target.checked)}
          />
          {t('import.fromNames')}
        </label>
        {useNames && (
          <>
            <label htmlFor={patternId}>{t('import.pattern')}</label>
            <input
              id={patternId}
              type="text"
              value={pattern}
              onChange={(e) => setPattern(e.target.value)}
              spellCheck={false}
              className="mono wide-input"
            />
            <p className="help">
              {example
                ? t('import.patternExample', {
                    file: names[0] ?? '',
                    values: Object.entries(example)
                      .map(([k, v]) => `${k} = ${v}`)
                      .join(', '),
                  })
                : t('import.patternNoMatch', { file: names[0] ?? '' })}
            </p>
            {fresh.length > 0 && (
              <div className="help" role="note" aria-label={t('documentsEdit.newValuesTitle')}>
                <strong>{t('documentsEdit.newValuesTitle')}</strong>
                <ul className="tight">
                  {fresh.map((n) => (
                    <li key={n.attribute}>
                      {n.attribute}: {n.values.map((v) => `”${v}”`).join(', ')}
                    </li>
                  ))}
                </ul>
                {t('documentsEdit.newValuesHelp')}
              </div>
            )}
          </>
        )}
      </fieldset>

      {checking && (
        <p role="status" className="help">
          {t('documentsEdit.duplicatesChecking')}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={close}>
          {t('pathDialog.cancel')}
        </button>
        <button type="submit" className="primary" disabled={checking}>
          {t('import.start', { count: names.length })}
        </button>
      </div>
    </form>
  );
}
