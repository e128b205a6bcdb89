// The one mapping step: what the file is, one role per column (with examples from the sheet),
// the first rows, and everything that stops the import: mapping issues and every unreadable cell.
// Each change of the mapping reads the sheet again (after a short pause) to list its problems.
import { useEffect, useMemo, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { SurveyImportReport, SurveyPreview } from '../../../shared/survey/types';
import { useStore } from '../../store';
import { SurveyColumns } from './SurveyColumns';
import {
  mappingFromRoles,
  roleIssues,
  rolesFromMapping,
  type ColumnRole,
  type RoleIssue,
} from './roles';

const CHECK_DELAY_MS = 250;
const ENCODINGS: Record<string, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16',
  'utf-16be': 'UTF-16',
  'windows-1252': 'Windows-1252',
};

interface Props {
  onClose: () => void;
  onImported: (report: SurveyImportReport) => void;
}

/** "enkät.csv: CSV, semikolonseparerad, Windows-1252, 117 rader". */
function fileLine(t: TFunction, preview: SurveyPreview): string {
  if (preview.format === 'xlsx')
    return t('survey.fileXlsx', {
      file: preview.file,
      sheet: preview.sheetName ?? '',
      count: preview.rowCount,
    });
  const d = preview.delimiter;
  const delimiter =
    d === ';'
      ? t('survey.delimiters.semicolon')
      : d === ','
        ? t('survey.delimiters.comma')
        : d === '\t'
          ? t('survey.delimiters.tab')
          : t('survey.delimiters.other', { delimiter: d ?? '' });
  return t('survey.fileCsv', {
    file: preview.file,
    delimiter,
    encoding: ENCODINGS[preview.encoding ?? ''] ?? preview.encoding ?? '',
    count: preview.rowCount,
  });
}

function issueText(t: TFunction, issue: RoleIssue): string {
  switch (issue.key) {
    case 'noId':
      return t('survey.issues.noId');
    case 'noGroupName':
      return t('survey.issues.noGroupName', { column: issue.column });
    case 'questionExists':
      return t('survey.issues.questionExists', { name: issue.name });
    case 'sameName':
      return t('survey.issues.sameName', { name: issue.name });
  }
}

export function SurveyMappingStep({ onClose, onImported }: Props) {
  const { t } = useTranslation();
  const preview = useStore((s) => s.surveyPreview);
  const taken = useStore((s) => s.surveyTakenNames);
  const problems = useStore((s) => s.surveyProblems);
  const mappingError = useStore((s) => s.surveyMappingError);
  const checking = useStore((s) => s.surveyChecking);
  const check = useStore((s) => s.checkSurveyMapping);
  const runImport = useStore((s) => s.importSurvey);
  const reset = useStore((s) => s.resetSurvey);
  const chooseSheet = useStore((s) => s.chooseSurveySheet);
  const [roles, setRoles] = useState<ColumnRole[]>(() =>
    preview ? rolesFromMapping(preview.header, preview.proposal) : [],
  );
  const [name, setName] = useState(() => preview?.file.replace(/\.[^.]+$/, '') ?? '');
  const [edited, setEdited] = useState(false);
  // Between an edit and its check the problems shown are the old mapping's: no import then.
  const [pending, setPending] = useState(false);
  const mapping = useMemo(() => mappingFromRoles(roles), [roles]);
  const issues = roleIssues(roles, taken);

  // Without an ID or a question name the sheet cannot be read with the mapping at all.
  const incomplete = issues.some((i) => i.key === 'noId' || i.key === 'noGroupName');

  // The proposal was checked with the preview; an edited mapping is checked once it rests.
  useEffect(() => {
    if (!edited || incomplete) return;
    const timer = setTimeout(() => {
      setPending(false);
      void check(mapping);
    }, CHECK_DELAY_MS);
    return () => clearTimeout(timer);
  }, [mapping, edited, incomplete, check]);

  if (!preview) return null;
  const blocked =
    issues.length > 0 || problems.length > 0 || mappingError !== null || checking || pending;

  return (
    <form
      className="survey-mapping-step"
      onSubmit={(e) => {
        e.preventDefault();
        if (blocked) return;
        void runImport(mapping, name).then((report) => report && onImported(report));
      }}
    >
      <p className="survey-file">{fileLine(t, preview)}</p>
      {preview.sheetNames.length > 1 && (
        <label className="stacked survey-name">
          {t('survey.worksheet')}
          <select
            aria-label={t('survey.worksheet')}
            value={preview.sheetName ?? ''}
            onChange={(e) => void chooseSheet(e.target.value)}
          >
            {preview.sheetNames.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
      )}
      <label className="stacked survey-name">
        {t('survey.name')}
        <input type="text" value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <p className="help">{t('survey.mappingHelp')}</p>
      <SurveyColumns
        preview={preview}
        roles={roles}
        onChange={(next) => {
          setRoles(next);
          setEdited(true);
          setPending(true);
        }}
      />
      <details className="survey-sample">
        <summary>{t('survey.sample')}</summary>
        <div className="table-scroll">
          <table className="survey-table">
            <caption className="visually-hidden">{t('survey.sampleCaption')}</caption>
            <thead>
              <tr>
                {preview.header.map((h, i) => (
                  <th key={i} scope="col">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {preview.sample.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, c) => (
                    <td key={c}>{cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>

      <div className="survey-status" aria-live="polite">
        {issues.length > 0 || mappingError ? (
          <ul className="survey-issues" role="alert">
            {issues.map((i) => (
              <li key={JSON.stringify(i)}>{issueText(t, i)}</li>
            ))}
            {mappingError && <li>{t(`errors.${mappingError.code}`, mappingError.params)}</li>}
          </ul>
        ) : checking || pending ? (
          <p className="muted">{t('survey.checking')}</p>
        ) : problems.length > 0 ? (
          <div className="survey-problems" role="alert">
            <p>{t('survey.problemsTitle', { count: problems.length })}</p>
            <ul>
              {problems.map((p) => (
                <li key={`${p.row}-${p.column}`}>
                  {t('survey.problem', {
                    row: p.row,
                    column: p.column,
                    reason: t(`survey.reasons.${p.reason}`, { value: p.value }),
                  })}
                </li>
              ))}
            </ul>
          </div>
        ) : (
          <p className="survey-ready">{t('survey.ready', { count: preview.rowCount })}</p>
        )}
      </div>

      <div className="dialog-actions">
        <button type="button" className="survey-other" onClick={reset}>
          {t('survey.chooseOther')}
        </button>
        <button type="button" onClick={onClose}>
          {t('survey.cancel')}
        </button>
        <button type="submit" className="primary" disabled={blocked}>
          {t('survey.import')}
        </button>
      </div>
    </form>
  );
}
