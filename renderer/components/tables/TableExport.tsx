// Export of the table(s) on screen: Word, Excel, CSV (semicolons or commas) and Markdown, each
// computed afresh from the same definition on the Node side, and a copy for pasting into Word.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TableExportFormat } from '../../../shared/api/contract-tables';
import { useStore } from '../../store';
import { BusyBar } from '../retrieval/BusyBar';
import { downloadFile } from '../retrieval/download';

const FORMATS = ['docx', 'xlsx', 'csv', 'md'] as const satisfies readonly TableExportFormat[];

interface Props {
  source: 'builder' | 'ranked';
  /** The caption on screen: the title in the file and the file's name. */
  title: string;
  disabled?: boolean;
}

export function TableExport({ source, title, disabled = false }: Props) {
  const { t, i18n } = useTranslation();
  const exporting = useStore((s) => s.tableExporting);
  const exportTables = useStore((s) => s.exportTables);
  const cancel = useStore((s) => s.cancelTableExport);
  const language = i18n.language === 'en' ? 'en' : 'sv';
  // Follows the language (a Swedish Excel reads semicolons) until she picks one herself.
  const [picked, setPicked] = useState<';' | ',' | null>(null);
  const delimiter = picked ?? (language === 'sv' ? ';' : ',');
  const [done, setDone] = useState<string | null>(null);

  async function run(format: TableExportFormat) {
    setDone(null);
    const file = await exportTables(source, { format, delimiter, language, title });
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
            disabled={disabled || exporting !== null}
            title={t(`tables.export.${f}Hint`)}
            onClick={() => void run(f)}
          >
            {t(`tables.export.${f}`)}
          </button>
        ))}
        <label className="delimiter-field">
          <span className="muted small">{t('tables.export.delimiter')}</span>
          <select
            aria-label={t('tables.export.delimiter')}
            value={delimiter}
            onChange={(e) => setPicked(e.target.value === ',' ? ',' : ';')}
          >
            <option value=";">{t('tables.export.semicolon')}</option>
            <option value=",">{t('tables.export.comma')}</option>
          </select>
        </label>
      </div>
      {exporting && (
        <BusyBar
          label={t('tables.export.running', { format: t(`tables.export.${exporting}`) })}
          onCancel={cancel}
        />
      )}
      {done && !exporting && (
        <p className="muted small" role="status">
          {t('tables.export.done', { file: done })}
        </p>
      )}
    </div>
  );
}
