// The memo on an interview: what the researcher noted about it as a whole. Saved when the field
// is left; part of the undo history like every memo.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Memo } from '../../../shared/coding/types';
import { api } from '../../api/client';
import { useStore } from '../../store';

export function DocumentMemo({ documentId }: { documentId: number }) {
  const { t } = useTranslation();
  const notifyError = useStore((s) => s.notifyError);
  const refreshCoding = useStore((s) => s.refreshCoding);
  const [memo, setMemo] = useState<Memo | null>(null);
  const [text, setText] = useState('');

  useEffect(() => {
    let live = true;
    api.call('memos.list', { target: { kind: 'document', id: documentId } }).then(
      (list) => {
        if (!live) return;
        setMemo(list[0] ?? null);
        setText(list[0]?.text ?? '');
      },
      (err: unknown) => notifyError(err),
    );
    return () => {
      live = false;
    };
  }, [documentId, notifyError]);

  async function save() {
    if (text === (memo?.text ?? '')) return;
    try {
      const saved = await api.call('memos.save', {
        ...(memo ? { id: memo.id } : {}),
        target: { kind: 'document', id: documentId },
        text,
      });
      setMemo(saved.value);
      await refreshCoding();
    } catch (err) {
      notifyError(err);
    }
  }

  return (
    <label className="stacked document-memo">
      {t('reading.memo')}
      <textarea
        rows={5}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onBlur={() => void save()}
        placeholder={t('reading.memoHint')}
      />
    </label>
  );
}
