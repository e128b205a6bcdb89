// Tabeller → Samstämmighet: which coders, codes, documents and unit to compare, the comparison's
// tables with their export, the segment view's unmatched passages and the disagreements to settle.
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AGREEMENT_UNITS } from '../../../shared/agreement/types';
import type { TableExportFormat } from '../../../shared/api/contract-tables';
import { useStore } from '../../store';
import { BusyBar } from '../retrieval/BusyBar';
import { downloadFile } from '../retrieval/download';
import { AgreementTables } from './AgreementTables';
import { DisagreementList } from './DisagreementList';
import { UnmatchedList } from './UnmatchedList';
import './agreement.css';

const FORMATS = ['docx', 'xlsx', 'csv', 'md'] as const satisfies readonly TableExportFormat[];

function AgreementExport() {
  const { t, i18n } = useTranslation();
  const exporting = useStore((s) => s.agreementExporting);
  const exportAgreement = useStore((s) => s.exportAgreement);
  const language = i18n.language === 'en' ? 'en' : 'sv';
  const [done, setDone] = useState<string | null>(null);
  async function run(format: TableExportFormat) {
    setDone(null);
    const delimiter = language === 'sv' ? ';' : ',';
    const file = await exportAgreement({ format, delimiter, language });
    if (!file) return;
    downloadFile(file.fileName, file.base64);
    setDone(file.fileName);
  }
  return (
    <div className="table-export">
      <div className="export-buttons" role="group" aria-label={t('tables.export.label')}>
        <span className="muted">{t('tables.export.label')}:</span>
        {FORMATS.map((f) => (
          <button
            key={f}
            type="button"
            disabled={exporting !== null}
            title={t(`tables.export.${f}Hint`)}
            onClick={() => void run(f)}
          >
            {t(`tables.export.${f}`)}
          </button>
        ))}
      </div>
      {exporting && (
        <BusyBar label={t('tables.export.running', { format: t(`tables.export.${exporting}`) })} />
      )}
      {done && !exporting && (
        <p className="muted small" role="status">
          {t('tables.export.done', { file: done })}
        </p>
      )}
    </div>
  );
}

/** Documents to compare: by default those every chosen coder has coded; or the ones ticked. */
function DocumentChoice() {
  const { t } = useTranslation();
  const documents = useStore((s) => s.documents);
  const draft = useStore((s) => s.agreementDraft);
  const setDraft = useStore((s) => s.setAgreementDraft);
  const chosen = new Set(draft.documents);
  const toggle = (id: number) =>
    setDraft({
      documents: chosen.has(id)
        ? draft.documents.filter((d) => d !== id)
        : [...draft.documents, id],
    });
  return (
    <details className="axis-field agreement-documents">
      <summary className="field-label">
        {t('agreement.documents')}:{' '}
        {chosen.size === 0
          ? t('agreement.documentsAll')
          : t('agreement.documentsChosen', { count: chosen.size })}
      </summary>
      <div className="agreement-document-list" role="group" aria-label={t('agreement.documents')}>
        {documents.map((d) => (
          <label key={d.id} className="checkbox">
            <input type="checkbox" checked={chosen.has(d.id)} onChange={() => toggle(d.id)} />
            {d.name}
          </label>
        ))}
      </div>
    </details>
  );
}

function QueryForm() {
  const { t } = useTranslation();
  const coders = useStore((s) => s.agreementCoders);
  const draft = useStore((s) => s.agreementDraft);
  const setDraft = useStore((s) => s.setAgreementDraft);
  const compute = useStore((s) => s.computeAgreement);
  const computing = useStore((s) => s.agreementComputing);
  const codes = useStore((s) => s.codes);
  const groups = codes.filter((c) => c.parentId === null && codes.some((x) => x.parentId === c.id));
  const unitId = useId();
  const codesId = useId();
  const overlapId = useId();
  const enough = draft.coders.length >= 2;
  const toggle = (name: string) =>
    setDraft({
      coders: draft.coders.includes(name)
        ? draft.coders.filter((c) => c !== name)
        : [...draft.coders, name],
    });

  return (
    <form
      className="agreement-form builder-line"
      onSubmit={(e) => {
        e.preventDefault();
        if (enough) void compute();
      }}
    >
      <fieldset className="agreement-coders">
        <legend className="field-label">{t('agreement.coders')}</legend>
        {coders.map((name) => (
          <label key={name} className="checkbox">
            <input
              type="checkbox"
              checked={draft.coders.includes(name)}
              onChange={() => toggle(name)}
            />
            {name}
          </label>
        ))}
        {!enough && <span className="muted small">{t('agreement.codersHint')}</span>}
      </fieldset>
      <div className="axis-field">
        <label className="field-label" htmlFor={unitId}>
          {t('agreement.unit')}
        </label>
        <select
          id={unitId}
          value={draft.unit}
          onChange={(e) =>
            setDraft({ unit: AGREEMENT_UNITS.find((u) => u === e.target.value) ?? 'paragraph' })
          }
        >
          {AGREEMENT_UNITS.map((u) => (
            <option key={u} value={u}>
              {t(`agreement.units.${u}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="axis-field">
        <label className="field-label" htmlFor={codesId}>
          {t('agreement.codes')}
        </label>
        <select
          id={codesId}
          value={draft.codes[0] ?? ''}
          onChange={(e) => setDraft({ codes: e.target.value ? [e.target.value] : [] })}
        >
          <option value="">{t('agreement.allCodes')}</option>
          {groups.map((g) => (
            <option key={g.id} value={g.name}>
              {g.name}
            </option>
          ))}
        </select>
      </div>
      <DocumentChoice />
      <div className="axis-field agreement-overlap">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={draft.overlap !== null}
            onChange={(e) => setDraft({ overlap: e.target.checked ? 0.9 : null })}
          />
          {t('agreement.overlap')}
        </label>
        {draft.overlap !== null && (
          <label htmlFor={overlapId} className="small">
            {t('agreement.overlapShare')}{' '}
            <input
              id={overlapId}
              type="number"
              min={1}
              max={100}
              value={Math.round(draft.overlap * 100)}
              onChange={(e) => {
                const pct = Number(e.target.value);
                if (pct >= 1 && pct <= 100) setDraft({ overlap: pct / 100 });
              }}
            />
          </label>
        )}
      </div>
      <button type="submit" className="primary" disabled={!enough || computing}>
        {t('agreement.compute')}
      </button>
    </form>
  );
}

export function AgreementPanel() {
  const { t } = useTranslation();
  const load = useStore((s) => s.loadAgreementView);
  const coders = useStore((s) => s.agreementCoders);
  const shown = useStore((s) => s.agreementShown);
  const shownFor = useStore((s) => s.agreementShownFor);
  const draft = useStore((s) => s.agreementDraft);
  const computing = useStore((s) => s.agreementComputing);
  const codeCounts = useStore((s) => s.codeCounts);

  const compute = useStore((s) => s.computeAgreement);

  useEffect(() => {
    void load();
  }, [load]);
  // Codings changed (merged, settled, undone, coded): the comparison shown is counted again.
  const seenCounts = useRef(codeCounts);
  useEffect(() => {
    if (seenCounts.current === codeCounts) return;
    seenCounts.current = codeCounts;
    void load();
    const shownFor = useStore.getState().agreementShownFor;
    if (shownFor) void compute(shownFor);
  }, [codeCounts, load, compute]);

  if (coders.length < 2)
    return (
      <div className="empty-state">
        <p className="empty-title">{t('agreement.tab')}</p>
        <p className="muted">{t('agreement.oneCoder')}</p>
      </div>
    );
  const stale = shownFor !== null && JSON.stringify(shownFor) !== JSON.stringify(draft);
  return (
    <div className="agreement-panel">
      <p className="muted view-intro">{t('agreement.intro')}</p>
      <QueryForm />
      {computing && <BusyBar label={t('agreement.computing')} />}
      {shown === null || shownFor === null ? (
        !computing && (
          <div className="empty-state">
            <p className="empty-title">{t('agreement.notRun')}</p>
            <p className="muted">{t('agreement.notRunHint')}</p>
          </div>
        )
      ) : (
        <div className="agreement-result" aria-busy={computing}>
          <p className="result-count" role="status">
            {t('agreement.scope', {
              coders: shown.coders.join(', '),
              documents: t('agreement.documentsCount', { count: shown.documents.length }),
              unit: t(`agreement.units.${shown.unit}`),
            })}
          </p>
          {stale && <p className="stale-note">{t('agreement.stale')}</p>}
          <AgreementExport />
          <AgreementTables result={shown} />
          {shown.overlap && <UnmatchedList result={shown} />}
          <DisagreementList result={shown} />
        </div>
      )}
    </div>
  );
}
