// Kodning: the transcript with its coded passages and margin, the codebook to code with, and the
// selected passage's inspector. Keyboard first (see use-coding-keys.ts).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CodedTranscript } from '../components/coding/CodedTranscript';
import { CodingCodebook } from '../components/coding/CodingCodebook';
import { QuickPalette } from '../components/coding/QuickPalette';
import { SegmentInspector } from '../components/coding/SegmentInspector';
import { useCodingKeys } from '../components/coding/use-coding-keys';
import { useStore } from '../store';

export function CodingView() {
  const { t } = useTranslation();
  const documents = useStore((s) => s.documents);
  const doc = useStore((s) => s.codingDoc);
  const openForCoding = useStore((s) => s.openForCoding);
  const coderName = useStore((s) => s.coderName);
  useCodingKeys();

  return (
    <section className="coding-view" aria-labelledby="coding-heading">
      <div className="view-header">
        <h2 id="coding-heading">{t('coding.title')}</h2>
        <label className="doc-picker">
          <span aria-hidden="true">{t('coding.document')}</span>
          <select
            aria-label={t('coding.document')}
            value={doc?.id ?? ''}
            onChange={(e) => e.target.value && void openForCoding(Number(e.target.value))}
          >
            <option value="">{t('coding.chooseDocument')}</option>
            {documents.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      {coderName === null && <CoderBanner />}
      {doc ? (
        <div className="coding-body">
          <CodedTranscript />
          <div className="coding-side" tabIndex={0} role="group" aria-label={t('coding.side')}>
            <SegmentInspector />
            <CodingCodebook />
          </div>
        </div>
      ) : (
        <div className="empty-state">
          <p className="empty-title">{t('coding.noDocument')}</p>
          <p className="muted">{t('coding.noDocumentHint')}</p>
        </div>
      )}
      <QuickPalette />
    </section>
  );
}

function CoderBanner() {
  const { t } = useTranslation();
  const setCoder = useStore((s) => s.setCoder);
  const [name, setName] = useState('');
  return (
    <form
      className="banner"
      onSubmit={(e) => {
        e.preventDefault();
        if (name.trim()) void setCoder(name.trim());
      }}
    >
      <label>
        {t('coding.coderPrompt')}{' '}
        <input type="text" value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <button type="submit">{t('coding.coderSave')}</button>
    </form>
  );
}
