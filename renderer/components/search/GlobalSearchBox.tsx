// The top bar's search box: Enter searches every document and shows the hits in the search view.
// Ctrl+Shift+F puts the cursor in it from anywhere.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../store';

export function GlobalSearchBox() {
  const { t } = useTranslation();
  const runSearch = useStore((s) => s.runSearch);
  const [value, setValue] = useState('');
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if ((e.ctrlKey || e.metaKey) && e.shiftKey && e.key.toLowerCase() === 'f') {
        e.preventDefault();
        const s = useStore.getState();
        // The search view has its own, larger box.
        if (s.view === 'search') document.getElementById('search-input')?.focus();
        else input.current?.focus();
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <form
      role="search"
      aria-label={t('retrieval.search.global')}
      className="global-search"
      onSubmit={(e) => {
        e.preventDefault();
        if (!value.trim()) return;
        void runSearch(value);
        setValue('');
      }}
    >
      <input
        ref={input}
        type="search"
        aria-label={t('retrieval.search.global')}
        title={t('retrieval.search.globalHint')}
        placeholder={t('retrieval.search.global')}
        value={value}
        onChange={(e) => setValue(e.target.value)}
      />
    </form>
  );
}
