// Attribute tools above the documents list: set a value on every selected document, fill values
// from file names, read them from a CSV/XLSX sheet, or define a new attribute.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ATTRIBUTE_TYPES, type AttributeType } from '../../../shared/attributes/types';
import { splitValues } from '../../../shared/attributes/values';
import { api, filesToSources } from '../../api/client';
import { useStore } from '../../store';
import { selectReadOnly } from '../../store/project-file-slice';
import { DEFAULT_PATTERN } from '../import/ImportSettingsForm';
import { Modal } from '../Modal';
import { AttributeValuesDialog } from './AttributeValuesDialog';

type Tool = 'set' | 'names' | 'new' | 'values' | null;

export function AttributeTools({ selected }: { selected: number[] }) {
  const { t } = useTranslation();
  const attributes = useStore((s) => s.attributes).filter((a) => !a.respondentsOnly);
  const setAttributeValues = useStore((s) => s.setAttributeValues);
  const fromFilenames = useStore((s) => s.attributesFromFilenames);
  const createAttribute = useStore((s) => s.createAttribute);
  const loadDocuments = useStore((s) => s.loadDocuments);
  const notifyError = useStore((s) => s.notifyError);
  const readOnly = useStore(selectReadOnly);
  const [tool, setTool] = useState<Tool>(null);
  const [attribute, setAttribute] = useState(attributes[0]?.name ?? '');
  const [value, setValue] = useState('');
  const [pattern, setPattern] = useState(DEFAULT_PATTERN);
  const [name, setName] = useState('');
  const [type, setType] = useState<AttributeType>('category');
  const [message, setMessage] = useState<string | null>(null);
  const sheet = useRef<HTMLInputElement>(null);
  const chosen = attributes.find((a) => a.name === attribute);

  async function readSheet(files: File[]) {
    const file = files[0];
    if (!file) return;
    try {
      const [source] = await filesToSources([file]);
      if (!source) return;
      const result = await api.call('attributes.importSheet', { source });
      setMessage(
        t('attributes.sheetDone', {
          updated: result.updated,
          unknown: result.unknownDocuments.length,
        }),
      );
      await loadDocuments();
    } catch (err) {
      notifyError(err);
    }
  }

  return (
    <div className="toolbar" role="toolbar" aria-label={t('attributes.tools')}>
      <button
        type="button"
        disabled={selected.length === 0 || readOnly}
        onClick={() => setTool('set')}
      >
        {t('attributes.setForSelected', { count: selected.length })}
      </button>
      <button type="button" disabled={readOnly} onClick={() => setTool('names')}>
        {t('attributes.fromNames')}
      </button>
      <button type="button" disabled={readOnly} onClick={() => sheet.current?.click()}>
        {t('attributes.fromSheet')}
      </button>
      <button type="button" disabled={readOnly} onClick={() => setTool('new')}>
        {t('attributes.new')}
      </button>
      <button type="button" disabled={readOnly} onClick={() => setTool('values')}>
        {t('documentsEdit.values')}
      </button>
      <input
        ref={sheet}
        type="file"
        accept=".csv,.xlsx"
        hidden
        aria-label={t('attributes.fromSheet')}
        onChange={(e) => void readSheet(Array.from(e.target.files ?? []))}
      />
      {message && (
        <span role="status" className="muted">
          {message}
        </span>
      )}

      {tool === 'set' && (
        <Modal
          title={t('attributes.setForSelected', { count: selected.length })}
          onClose={() => setTool(null)}
        >
          <form
            onSubmit={(e) => {
              e.preventDefault();
              const values = chosen?.multiple
                ? splitValues(value)
                : value.trim()
                  ? [value.trim()]
                  : [];
              void setAttributeValues(selected, attribute, values).then(
                (ok) => ok && setTool(null),
              );
            }}
          >
            <label className="stacked">
              {t('attributes.attribute')}
              <select value={attribute} onChange={(e) => setAttribute(e.target.value)}>
                {attributes.map((a) => (
                  <option key={a.id}>{a.name}</option>
                ))}
              </select>
            </label>
            <label className="stacked">
              {t('attributes.value')}
              <input
                type={chosen?.type === 'date' ? 'date' : 'text'}
                list="bulk-choices"
                value={value}
                onChange={(e) => setValue(e.target.value)}
              />
              {chosen?.multiple && <span className="help">{t('attributes.severalValues')}</span>}
            </label>
            <datalist id="bulk-choices">
              {chosen?.choices.map((c) => (
                <option key={c} value={c} />
              ))}
            </datalist>
            <div className="dialog-actions">
              <button type="button" onClick={() => setTool(null)}>
                {t('pathDialog.cancel')}
              </button>
              <button type="submit" className="primary">
                {t('attributes.save')}
              </button>
            </div>
          </form>
        </Modal>
      )}

      {tool === 'names' && (
        <Modal title={t('attributes.fromNames')} onClose={() => setTool(null)}>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void fromFilenames(pattern, selected.length ? selected : undefined).then((r) => {
                if (!r) return;
                setMessage(
                  t('attributes.namesDone', { updated: r.updated, unmatched: r.unmatched.length }),
                );
                setTool(null);
              });
            }}
          >
            <label className="stacked">
              {t('import.pattern')}
              <input
                type="text"
                className="mono"
                value={pattern}
                onChange={(e) => setPattern(e.target.value)}
                spellCheck={false}
              />
              <span className="help">{t('attributes.patternHelp')}</span>
            </label>
            <div className="dialog-actions">
              <button type="button" onClick={() => setTool(null)}>
                {t('pathDialog.cancel')}
              </button>
              <button type="submit" className="primary">
                {t('attributes.apply')}
              </button>
            </div>
          </form>
        </Modal>
      )}

      {tool === 'values' && <AttributeValuesDialog onClose={() => setTool(null)} />}

      {tool === 'new' && (
        <Modal title={t('attributes.new')} onClose={() => setTool(null)}>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void createAttribute(name, type, false).then((ok) => ok && setTool(null));
            }}
          >
            <label className="stacked">
              {t('attributes.name')}
              <input type="text" value={name} onChange={(e) => setName(e.target.value)} required />
            </label>
            <label className="stacked">
              {t('attributes.type')}
              <select value={type} onChange={(e) => setType(e.target.value as AttributeType)}>
                {ATTRIBUTE_TYPES.map((ty) => (
                  <option key={ty} value={ty}>
                    {t(`attributes.types.${ty}`)}
                  </option>
                ))}
              </select>
            </label>
            <div className="dialog-actions">
              <button type="button" onClick={() => setTool(null)}>
                {t('pathDialog.cancel')}
              </button>
              <button type="submit" className="primary">
                {t('attributes.create')}
              </button>
            </div>
          </form>
        </Modal>
      )}
    </div>
  );
}
