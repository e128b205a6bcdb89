// "Kopiera": one table on the clipboard as HTML and tab-separated text, so that Word and Excel
// paste a real table; says so (or that the window refused) for a few seconds.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComputedTable } from '../../../shared/tables/types';
import { copyTable } from './copy-table';

export function CopyButton({ table }: { table: ComputedTable }) {
  const { t, i18n } = useTranslation();
  const [outcome, setOutcome] = useState<'copied' | 'failed' | null>(null);
  useEffect(() => {
    if (!outcome) return;
    const timer = setTimeout(() => setOutcome(null), 4000);
    return () => clearTimeout(timer);
  }, [outcome]);

  async function copy() {
    const ok = await copyTable(table, i18n.language === 'en' ? 'en' : 'sv');
    setOutcome(ok ? 'copied' : 'failed');
  }

  return (
    <span className="copy-table">
      <button type="button" title={t('tables.copy.hint')} onClick={() => void copy()}>
        {t('tables.copy.button')}
      </button>
      <span role="status" className={outcome === 'failed' ? 'warn-text small' : 'muted small'}>
        {outcome && t(`tables.copy.${outcome}`)}
      </span>
    </span>
  );
}
