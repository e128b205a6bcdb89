// Export of the listed passages: Word to read, Excel and CSV to count and sort. The CSV follows the
// language (semicolons for Swedish spreadsheets, commas for English ones).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EXPORT_FORMATS, type ExportFormat } from '../../../shared/export/formats';
import { useStore } from '../../store';
import { BusyBar } from './BusyBar';
import { describeQuery, exportTitle } from './describe-query';
import { downloadFile } from './download';

export function ExportButtons() {
  const { t, i18n } = useTranslation();
  const exporting = useStore((s) => s.exporting);
  const exportRetrieved = useStore((s) => s.exportRetrieved);
  const cancel = useStore((s) => s.cancelExport);
  const query = useStore((s) => s.retrievedFor);
  const codes = useStore((s) => s.codes);
  const count = useStore((s) => s.retrieved?.length ?? 0);
  const [done, setDone] = useState<string | null>(null);
  if (!query) return null;
  const swedish = i18n.language !== 'en';

  async function run(format: ExportFormat) {
    if (!query) return;
    setDone(null);
    const file = await exportRetrieved({
      format,
      title: exportTitle(query, codes, t),
      description: describeQuery(query, codes, t),
      language: swedish ? 'sv' : 'en',
      delimiter: swedish ? ';' : ',',
    });
    if (!file) return;
    downloadFile(file.fileName, file.base64);
    setDone(file.fileName);
  }

  const hint = (f: ExportFormat) =>
    f === 'csv'
      ? t(swedish ? 'retrieval.export.csvHint' : 'retrieval.export.csvHintEn')
      : t(`retrieval.export.${f}Hint`);
  return (
    <div className="export-area">
      <div className="export-buttons" role="group" aria-label={t('retrieval.export.label')}>
        <span className="muted">{t('retrieval.export.label')}:</span>
        {EXPORT_FORMATS.map((f) => (
          <button
            key={f}
            type="button"
            disabled={exporting !== null || count === 0}
            title={hint(f)}
            onClick={() => void run(f)}
          >
            {t(`retrieval.export.${f}`)}
          </button>
        ))}
      </div>
      {exporting && (
        <BusyBar
          label={t('retrieval.export.running', { format: t(`retrieval.export.${exporting}`) })}
          onCancel={cancel}
        />
      )}
      {done && !exporting && (
        <p className="muted small" role="status">
          {t('retrieval.export.done', { file: done })}
        </p>
      )}
    </div>
  );
}
