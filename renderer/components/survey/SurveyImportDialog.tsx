// Import a questionnaire: choose the sheet (or drop it), map its columns in one step while every
// cell the mapping cannot read is listed, then see what was imported. Placed by the Tables view.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SurveyImportReport } from '../../../shared/survey/types';
import { useStore } from '../../store';
import { DropZone } from '../DropZone';
import { Modal } from '../Modal';
import { BusyBar } from '../retrieval/BusyBar';
import { SurveyMappingStep } from './SurveyMappingStep';
import './survey.css';

const ACCEPTED = '.xlsx,.csv,.tsv,.txt';

interface Props {
  open: boolean;
  onClose: () => void;
  onImported: (report: SurveyImportReport) => void;
}

export function SurveyImportDialog({ open, onClose, onImported }: Props) {
  const { t } = useTranslation();
  const stage = useStore((s) => s.surveyStage);
  const reset = useStore((s) => s.resetSurvey);
  const report = useStore((s) => s.surveyReport);
  const preview = useStore((s) => s.surveyPreview);

  // Every opening starts afresh: no file, mapping or result left from the last time.
  useEffect(() => {
    if (open) reset();
  }, [open, reset]);
  if (!open) return null;
  const busy = stage === 'reading' || stage === 'importing';

  return (
    <Modal title={t('survey.importTitle')} onClose={onClose} wide locked={busy}>
      {stage === 'choose' && <ChooseSheet onClose={onClose} />}
      {stage === 'reading' && <BusyBar label={t('survey.reading')} />}
      {stage === 'mapping' && (
        // Another worksheet is another sheet: its mapping starts afresh from its own proposal.
        <SurveyMappingStep
          key={`${preview?.file ?? ''}:${preview?.sheetName ?? ''}`}
          onClose={onClose}
          onImported={onImported}
        />
      )}
      {stage === 'importing' && <BusyBar label={t('survey.importing')} />}
      {stage === 'done' && report && <ImportResult report={report} onClose={onClose} />}
    </Modal>
  );
}

/** The sheet file, chosen or dropped: a path in the desktop app, an upload in the browser. */
export function ChooseSheet({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const choose = useStore((s) => s.chooseSurveyFile);
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <DropZone onFiles={(files) => void choose(files)}>
        <p className="empty-title">{t('survey.dropHere')}</p>
        <p className="muted">{t('survey.formats')}</p>
        <button type="button" className="primary" onClick={() => input.current?.click()}>
          {t('survey.chooseFile')}
        </button>
      </DropZone>
      <input
        ref={input}
        type="file"
        accept={ACCEPTED}
        hidden
        aria-label={t('survey.chooseFile')}
        onChange={(e) => {
          void choose(Array.from(e.target.files ?? []));
          e.target.value = '';
        }}
      />
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {t('survey.cancel')}
        </button>
      </div>
    </>
  );
}

function ImportResult({ report, onClose }: { report: SurveyImportReport; onClose: () => void }) {
  const { t } = useTranslation();
  const s = report.survey;
  return (
    <div role="status">
      <p className="report-summary">{t('survey.doneTitle')}</p>
      <p>
        {t('survey.doneRespondents', { count: s.respondents, name: s.name, file: s.sourceName })}
      </p>
      <ul className="report-list">
        {s.questions.map((q) => (
          <li key={q.id}>
            {q.kind === 'ranked'
              ? t('survey.doneRanked', { name: q.name, count: q.alternatives })
              : t('survey.doneText', { name: q.name })}
          </li>
        ))}
        {s.attributes.length > 0 && (
          <li>{t('survey.doneAttributes', { names: s.attributes.join(', ') })}</li>
        )}
      </ul>
      <p className="muted">
        {t('survey.doneCounts', { answers: report.answers, documents: report.documents })}
      </p>
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={onClose} autoFocus>
          {t('survey.close')}
        </button>
      </div>
    </div>
  );
}
