// "Värden…": the values of a category attribute with how many documents and respondents have each;
// a value is renamed in place, merged into another by giving that one's name ("Chefer_lo" ->
// "Chefer"), or removed when nobody has it. Each change is one undo step.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttributeValueUse } from '../../../shared/api/contract-attribute-values';
import { useStore } from '../../store';
import { Modal } from '../Modal';

export function AttributeValuesDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const attributes = useStore((s) => s.attributes).filter((a) => a.type === 'category');
  const uses = useStore((s) => s.attributeValueUses);
  const [attribute, setAttribute] = useState(attributes[0]?.name ?? '');
  const [values, setValues] = useState<AttributeValueUse[] | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let live = true;
    if (attribute) void uses(attribute).then((v) => live && setValues(v));
    return () => {
      live = false;
    };
  }, [attribute, uses, version]);

  return (
    <Modal title={t('documentsEdit.valuesTitle')} onClose={onClose} wide>
      {attributes.length === 0 ? (
        <p className="muted">{t('documentsEdit.noCategories')}</p>
      ) : (
        <>
          <label className="stacked">
            {t('attributes.attribute')}
            <select value={attribute} onChange={(e) => setAttribute(e.target.value)}>
              {attributes.map((a) => (
                <option key={a.id}>{a.name}</option>
              ))}
            </select>
          </label>
          <p className="help">{t('documentsEdit.valuesHelp')}</p>
          <table className="values-table">
            <thead>
              <tr>
                <th scope="col">{t('attributes.value')}</th>
                <th scope="col" className="num">
                  {t('documentsEdit.documents')}
                </th>
                <th scope="col" className="num">
                  {t('documentsEdit.respondents')}
                </th>
                <th scope="col">{t('documentsEdit.change')}</th>
              </tr>
            </thead>
            <tbody>
              {(values ?? []).map((v) => (
                <ValueRow
                  key={`${attribute}:${v.value}`}
                  attribute={attribute}
                  use={v}
                  others={(values ?? []).map((o) => o.value).filter((o) => o !== v.value)}
                  onChanged={() => setVersion((n) => n + 1)}
                />
              ))}
            </tbody>
          </table>
        </>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {t('documentsEdit.close')}
        </button>
      </div>
    </Modal>
  );
}

interface RowProps {
  attribute: string;
  use: AttributeValueUse;
  others: string[];
  onChanged: () => void;
}

function ValueRow({ attribute, use, others, onChanged }: RowProps) {
  const { t } = useTranslation();
  const rename = useStore((s) => s.renameAttributeValue);
  const remove = useStore((s) => s.removeAttributeValue);
  const [to, setTo] = useState(use.value);
  const target = to.trim();
  const merges = others.includes(target);
  const unused = use.documents + use.respondents + use.cases === 0;
  return (
    <tr>
      <th scope="row">{use.value}</th>
      <td className="num">{use.documents}</td>
      <td className="num">{use.respondents}</td>
      <td>
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (target && target !== use.value)
              void rename(attribute, use.value, target).then((ok) => ok && onChanged());
          }}
        >
          <input
            type="text"
            list="value-others"
            aria-label={t('documentsEdit.renameValue', { value: use.value })}
            value={to}
            onChange={(e) => setTo(e.target.value)}
          />
          <datalist id="value-others">
            {others.map((o) => (
              <option key={o} value={o} />
            ))}
          </datalist>
          <button type="submit" disabled={!target || target === use.value}>
            {merges ? t('documentsEdit.mergeValue') : t('documentsEdit.renameValueButton')}
          </button>
          <button
            type="button"
            className="danger"
            disabled={!unused}
            title={unused ? undefined : t('documentsEdit.inUse')}
            aria-label={t('documentsEdit.removeValue', { value: use.value })}
            onClick={() => void remove(attribute, use.value).then((ok) => ok && onChanged())}
          >
            {t('documentsEdit.removeValueButton')}
          </button>
        </form>
      </td>
    </tr>
  );
}
