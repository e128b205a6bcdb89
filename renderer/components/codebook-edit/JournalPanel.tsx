// Projektdagbok: dated entries about the analysis (add, edit, delete), and one search over every
// memo in the project: on codes, documents, passages and in the journal.
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Memo } from '../../../shared/coding/types';
import { formatDate } from '../../i18n';
import { useStore } from '../../store';
import { useCodeLabel } from './labels';

export function JournalPanel({ onShowCode }: { onShowCode: (id: number) => void }) {
  const { t } = useTranslation();
  const entries = useStore((s) => s.journalEntries);
  const undoState = useStore((s) => s.undoState);
  const loadJournal = useStore((s) => s.loadJournal);
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  // Reloaded after every change, undo and redo included.
  useEffect(() => {
    void loadJournal();
  }, [undoState, loadJournal]);

  return (
    <div className="cb-journal">
      <MemoSearch onShowCode={onShowCode} />
      <section aria-labelledby="cb-journal-heading">
        <div className="cb-journal-head">
          <h3 id="cb-journal-heading">{t('codebookEdit.journal')}</h3>
          {editing !== 'new' && (
            <button type="button" onClick={() => setEditing('new')}>
              + {t('codebookEdit.newEntry')}
            </button>
          )}
        </div>
        <p className="help">{t('codebookEdit.journalHelp')}</p>
        {editing === 'new' && <EntryForm onDone={() => setEditing(null)} />}
        {entries.length === 0 && editing !== 'new' && (
          <p className="muted">{t('codebookEdit.journalEmpty')}</p>
        )}
        <ul role="list" className="cb-entries" aria-label={t('codebookEdit.entries')}>
          {entries.map((entry) =>
            editing === entry.id ? (
              <li key={entry.id}>
                <EntryForm entry={entry} onDone={() => setEditing(null)} />
              </li>
            ) : (
              <Entry key={entry.id} entry={entry} onEdit={() => setEditing(entry.id)} />
            ),
          )}
        </ul>
      </section>
    </div>
  );
}

function useEntryTitle() {
  const { t } = useTranslation();
  return (entry: Memo) =>
    entry.title.trim() || t('codebookEdit.untitled', { date: formatDate(entry.createdAt) });
}

function Entry({ entry, onEdit }: { entry: Memo; onEdit: () => void }) {
  const { t } = useTranslation();
  const title = useEntryTitle()(entry);
  const deleteEntry = useStore((s) => s.deleteJournalEntry);
  return (
    <li className="cb-entry" aria-label={title}>
      <div className="cb-entry-head">
        <h4>{title}</h4>
        <button
          type="button"
          className="link"
          aria-label={t('codebookEdit.editEntry', { title })}
          onClick={onEdit}
        >
          {t('codebookEdit.edit')}
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={t('codebookEdit.deleteEntry', { title })}
          title={t('codebookEdit.deleteEntry', { title })}
          onClick={() => void deleteEntry(entry.id)}
        >
          ×
        </button>
      </div>
      <p className="muted small">
        {formatDate(entry.createdAt)}
        {entry.author ? ` · ${entry.author}` : ''}
      </p>
      <p className="cb-entry-text">{entry.text}</p>
    </li>
  );
}

function EntryForm({ entry, onDone }: { entry?: Memo; onDone: () => void }) {
  const { t } = useTranslation();
  const save = useStore((s) => s.saveJournalEntry);
  const [title, setTitle] = useState(entry?.title ?? '');
  const [text, setText] = useState(entry?.text ?? '');
  const [busy, setBusy] = useState(false);
  return (
    <form
      className="cb-entry-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (!text.trim() && !title.trim()) return;
        setBusy(true);
        void save({ ...(entry ? { id: entry.id } : {}), title: title.trim(), text }).then((ok) => {
          setBusy(false);
          if (ok) onDone();
        });
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onDone();
      }}
    >
      <label className="stacked">
        {t('codebookEdit.entryTitle')}
        <input
          type="text"
          autoFocus
          value={title}
          maxLength={300}
          onChange={(e) => setTitle(e.target.value)}
        />
      </label>
      <label className="stacked">
        {t('codebookEdit.entryText')}
        <textarea rows={5} value={text} onChange={(e) => setText(e.target.value)} />
      </label>
      <div className="button-row left">
        <button type="submit" className="primary" disabled={busy}>
          {t('codebookEdit.save')}
        </button>
        <button type="button" onClick={onDone}>
          {t('codebookEdit.cancel')}
        </button>
      </div>
    </form>
  );
}

function MemoSearch({ onShowCode }: { onShowCode: (id: number) => void }) {
  const { t } = useTranslation();
  const search = useStore((s) => s.memoSearch);
  const searchMemos = useStore((s) => s.searchMemos);
  const clear = useStore((s) => s.clearMemoSearch);
  const [query, setQuery] = useState(search?.query ?? '');
  const undoState = useStore((s) => s.undoState);
  const searched = search?.query;
  // A change (or undo) may add or remove hits: ask again with the same words.
  useEffect(() => {
    if (searched) void searchMemos(searched);
  }, [undoState, searched, searchMemos]);
  return (
    <section className="cb-search" aria-labelledby="cb-search-heading">
      <h3 id="cb-search-heading" className="cb-sr-only">
        {t('codebookEdit.search')}
      </h3>
      <form
        role="search"
        aria-labelledby="cb-search-heading"
        className="cb-search-form"
        onSubmit={(e) => {
          e.preventDefault();
          void searchMemos(query);
        }}
      >
        <input
          type="search"
          aria-label={t('codebookEdit.search')}
          placeholder={t('codebookEdit.search')}
          value={query}
          maxLength={500}
          onChange={(e) => {
            setQuery(e.target.value);
            if (!e.target.value) clear();
          }}
        />
        <button type="submit">{t('codebookEdit.searchButton')}</button>
      </form>
      {search ? (
        <SearchResults query={search.query} results={search.results} onShowCode={onShowCode} />
      ) : (
        <p className="help">{t('codebookEdit.searchHelp')}</p>
      )}
    </section>
  );
}

function SearchResults(props: {
  query: string;
  results: Memo[];
  onShowCode: (id: number) => void;
}) {
  const { t } = useTranslation();
  const { query, results, onShowCode } = props;
  const codes = useStore((s) => s.codes);
  const documents = useStore((s) => s.documents);
  const labelOf = useCodeLabel();
  const where = (memo: Memo): { text: string; codeId?: number } => {
    const target = memo.target;
    if (target.kind === 'journal') return { text: t('codebookEdit.kinds.journal') };
    if (target.kind === 'segment') return { text: t('codebookEdit.kinds.segment') };
    if (target.kind === 'document') {
      const doc = documents.find((d) => d.id === target.id);
      return {
        text: t('codebookEdit.kinds.document', {
          name: doc?.name ?? t('codebookEdit.kinds.missing'),
        }),
      };
    }
    const code = codes.find((c) => c.id === target.id);
    return code
      ? { text: t('codebookEdit.kinds.code', { name: labelOf(code) }), codeId: code.id }
      : { text: t('codebookEdit.kinds.code', { name: t('codebookEdit.kinds.missing') }) };
  };
  if (results.length === 0)
    return <p className="muted">{t('codebookEdit.searchNone', { query })}</p>;
  return (
    <>
      <p className="muted small" aria-live="polite">
        {t('codebookEdit.searchResults', { count: results.length, query })}
      </p>
      <ul role="list" className="cb-results" aria-label={t('codebookEdit.results')}>
        {results.map((memo) => {
          const place = where(memo);
          return (
            <li key={`${memo.inline ? 's' : 'm'}${memo.id}`} className="cb-result">
              <div className="cb-result-head">
                <span className="cb-result-where">{place.text}</span>
                {place.codeId !== undefined && (
                  <button
                    type="button"
                    className="link"
                    onClick={() => place.codeId !== undefined && onShowCode(place.codeId)}
                  >
                    {t('codebookEdit.showCode')}
                  </button>
                )}
              </div>
              {memo.title && <strong>{memo.title}</strong>}
              <p className="cb-entry-text">{highlight(excerpt(memo.text, query), query)}</p>
            </li>
          );
        })}
      </ul>
    </>
  );
}

const wordsOf = (query: string) =>
  query
    .toLocaleLowerCase('sv')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0 && w !== 'or');

/** About 240 characters around the first hit, so a long memo does not fill the panel. */
function excerpt(text: string, query: string): string {
  if (text.length <= 240) return text;
  const lower = text.toLocaleLowerCase('sv');
  const at = Math.max(
    0,
    ...wordsOf(query)
      .map((w) => lower.indexOf(w))
      .filter((i) => i >= 0)
      .slice(0, 1),
  );
  const start = Math.max(0, at - 80);
  return `${start > 0 ? '…' : ''}${text.slice(start, start + 240)}${start + 240 < text.length ? '…' : ''}`;
}

/** Marks the query's words (and the start of words, as a prefix search matches) in the text. */
function highlight(text: string, query: string): ReactNode[] {
  const words = wordsOf(query);
  if (words.length === 0) return [text];
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const parts = text.split(new RegExp(`(${escaped.join('|')})`, 'giu'));
  return parts.map((part, i) => (i % 2 === 1 ? <mark key={i}>{part}</mark> : part));
}
