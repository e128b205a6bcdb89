// The open transcript's speakers: rename, mark as interviewer or participant, merge two labels
// that are the same person ("Anna" and "Anna K").
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SpeakerSummary } from '../../../shared/documents/types';
import { useStore } from '../../store';
import { Modal } from '../Modal';
import { DocumentMemo } from './DocumentMemo';

export function SpeakerPanel() {
  const { t } = useTranslation();
  const doc = useStore((s) => s.openDocument);
  if (!doc) return null;
  return (
    <aside className="speaker-panel" aria-labelledby="speakers-heading">
      <h3 id="speakers-heading">{t('speakers.title')}</h3>
      {doc.speakers.length === 0 && <p className="muted">{t('speakers.none')}</p>}
      <ul>
        {doc.speakers.map((s) => (
          // Keyed by the label too: after an undo the field shows the name the speaker has again.
          <SpeakerRow
            key={`${s.id}:${s.label}`}
            speaker={s}
            others={doc.speakers.filter((o) => o.id !== s.id)}
          />
        ))}
      </ul>
      <DocumentMemo key={doc.id} documentId={doc.id} />
    </aside>
  );
}

function SpeakerRow({ speaker, others }: { speaker: SpeakerSummary; others: SpeakerSummary[] }) {
  const { t } = useTranslation();
  const updateSpeaker = useStore((s) => s.updateSpeaker);
  const mergeSpeakers = useStore((s) => s.mergeSpeakers);
  const [label, setLabel] = useState(speaker.label);
  // Merging changes every turn of the speaker: it is asked first, never done on choosing.
  const [mergeInto, setMergeInto] = useState<SpeakerSummary | null>(null);
  const commit = () => {
    if (label.trim() && label.trim() !== speaker.label)
      void updateSpeaker(speaker.id, { label: label.trim() });
  };
  return (
    <li className={`speaker-row role-${speaker.role}`}>
      <input
        type="text"
        aria-label={t('speakers.rename', { label: speaker.label })}
        value={label}
        onChange={(e) => setLabel(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => e.key === 'Enter' && commit()}
      />
      <span className="muted small">{t('speakers.turns', { count: speaker.turns })}</span>
      <select
        aria-label={t('speakers.role', { label: speaker.label })}
        value={speaker.role}
        onChange={(e) =>
          void updateSpeaker(speaker.id, { role: e.target.value as SpeakerSummary['role'] })
        }
      >
        <option value="participant">{t('speakers.roles.participant')}</option>
        <option value="interviewer">{t('speakers.roles.interviewer')}</option>
      </select>
      {others.length > 0 && (
        <select
          aria-label={t('speakers.mergeInto', { label: speaker.label })}
          value=""
          onChange={(e) =>
            setMergeInto(others.find((o) => o.id === Number(e.target.value)) ?? null)
          }
        >
          <option value="">{t('speakers.merge')}</option>
          {others.map((o) => (
            <option key={o.id} value={o.id}>
              {t('speakers.mergeOption', { label: o.label })}
            </option>
          ))}
        </select>
      )}
      {mergeInto && (
        <Modal title={t('documentsEdit.mergeTitle')} onClose={() => setMergeInto(null)}>
          <p>
            {t('documentsEdit.mergeQuestion', {
              from: speaker.label,
              into: mergeInto.label,
              count: speaker.turns,
            })}
          </p>
          <div className="dialog-actions">
            <button type="button" onClick={() => setMergeInto(null)}>
              {t('documentsEdit.cancel')}
            </button>
            <button
              type="button"
              className="primary"
              onClick={() => {
                setMergeInto(null);
                void mergeSpeakers(speaker.id, mergeInto.id);
              }}
            >
              {t('documentsEdit.mergeConfirm')}
            </button>
          </div>
        </Modal>
      )}
    </li>
  );
}
