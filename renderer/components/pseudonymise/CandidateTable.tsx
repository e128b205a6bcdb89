// The review list: filter by kind, decision and text, sort by any column, accept or reject (one
// row or every row shown), edit a replacement in place. Arrow keys move, Enter accepts, Delete
// rejects.
import { useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  reviewRows,
  statusCounts,
  withDecisions,
  type ReviewSortKey,
} from '../../../shared/pseudonymise/review';
import {
  DECISION_STATUSES,
  PSEUDO_KINDS,
  type ReviewCandidate,
} from '../../../shared/pseudonymise/types';
import { useStore } from '../../store';

const COLUMNS: ReviewSortKey[] = ['text', 'kind', 'count', 'documents', 'proposal', 'status'];

export function useReviewList(): ReviewCandidate[] {
  const scan = useStore((s) => s.pseudoScan);
  const decisions = useStore((s) => s.pseudoDecisions);
  return useMemo(() => withDecisions(scan?.candidates ?? [], decisions), [scan, decisions]);
}

function ProposalInput({ c }: { c: ReviewCandidate }) {
  const { t } = useTranslation();
  const decide = useStore((s) => s.decidePseudo);
  const [value, setValue] = useState(c.proposal);
  const [shown, setShown] = useState(c.proposal);
  if (shown !== c.proposal) {
    setShown(c.proposal);
    setValue(c.proposal);
  }
  const save = () => {
    const next = value.trim();
    if (next === c.proposal) return;
    if (!next) return setValue(c.proposal);
    void decide([
      { text: c.text, kind: c.kind, replacement: next === c.autoProposal ? null : next },
    ]);
  };
  return (
    <input
      type="text"
      className="pseudo-proposal"
      aria-label={t('pseudo.proposalLabel', { text: c.text })}
      value={value}
      onChange={(e) => setValue(e.target.value)}
      onBlur={save}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Enter') save();
        if (e.key === 'Escape') setValue(c.proposal);
      }}
    />
  );
}

export function CandidateTable() {
  const { t } = useTranslation();
  const list = useReviewList();
  const query = useStore((s) => s.pseudoQuery);
  const setQuery = useStore((s) => s.setPseudoQuery);
  const selected = useStore((s) => s.pseudoSelected);
  const select = useStore((s) => s.selectPseudo);
  const decide = useStore((s) => s.decidePseudo);
  const rows = useMemo(() => reviewRows(list, query), [list, query]);
  const counts = statusCounts(list);

  const setStatus = (items: ReviewCandidate[], status: 'accepted' | 'rejected') =>
    items.length > 0 &&
    void decide(
      items.map((c) => ({
        text: c.text,
        kind: c.kind,
        status,
        // Accepting freezes the proposal, so that later scans never renumber it.
        ...(status === 'accepted' && !c.edited ? { replacement: c.proposal } : {}),
      })),
    );

  function onKey(e: KeyboardEvent<HTMLTableRowElement>, c: ReviewCandidate, i: number) {
    const move = (to: number) => {
      const next = rows[to];
      if (!next) return;
      e.preventDefault();
      select(next.text);
      const el = document.getElementById(rowId(next.text));
      el?.focus();
    };
    if (e.key === 'ArrowDown') move(i + 1);
    else if (e.key === 'ArrowUp') move(i - 1);
    else if (e.key === 'Enter') setStatus([c], 'accepted');
    else if (e.key === 'Delete' || e.key === 'Backspace') setStatus([c], 'rejected');
  }

  const sortBy = (key: ReviewSortKey) =>
    setQuery(
      query.sort === key
        ? { descending: !query.descending }
        : { sort: key, descending: key === 'count' || key === 'documents' },
    );

  return (
    <div className="pseudo-list">
      <div className="toolbar pseudo-toolbar">
        <label htmlFor="pseudo-kind">{t('pseudo.filterKind')}</label>
        <select
          id="pseudo-kind"
          value={query.kind}
          onChange={(e) => setQuery({ kind: e.target.value as typeof query.kind })}
        >
          <option value="all">{t('pseudo.allKinds')}</option>
          {PSEUDO_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`pseudo.kinds.${k}`)}
            </option>
          ))}
        </select>
        <label htmlFor="pseudo-status">{t('pseudo.filterStatus')}</label>
        <select
          id="pseudo-status"
          value={query.status}
          onChange={(e) => setQuery({ status: e.target.value as typeof query.status })}
        >
          <option value="all">{t('pseudo.allStatuses')}</option>
          {DECISION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`pseudo.statuses.${s}`)}
            </option>
          ))}
        </select>
        <input
          type="search"
          aria-label={t('pseudo.filterText')}
          placeholder={t('pseudo.filterText')}
          value={query.text}
          onChange={(e) => setQuery({ text: e.target.value })}
        />
        <button
          type="button"
          disabled={rows.length === 0}
          onClick={() => setStatus(rows, 'accepted')}
        >
          {t('pseudo.acceptShown')}
        </button>
        <button
          type="button"
          disabled={rows.length === 0}
          onClick={() => setStatus(rows, 'rejected')}
        >
          {t('pseudo.rejectShown')}
        </button>
      </div>
      <p className="muted pseudo-summary" aria-live="polite">
        {t('pseudo.summary', counts)}
      </p>
      {list.length === 0 ? (
        <p className="muted">{t('pseudo.empty')}</p>
      ) : (
        <div className="pseudo-table-frame" tabIndex={0} aria-label={t('pseudo.listLabel')}>
          <table className="pseudo-table">
            <thead>
              <tr>
                {COLUMNS.map((key) => (
                  <th
                    key={key}
                    scope="col"
                    aria-sort={
                      query.sort === key ? (query.descending ? 'descending' : 'ascending') : 'none'
                    }
                  >
                    <button type="button" className="link" onClick={() => sortBy(key)}>
                      {t(`pseudo.columns.${key}`)}
                      {query.sort === key ? (query.descending ? ' ▼' : ' ▲') : ''}
                    </button>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((c, i) => (
                <tr
                  key={c.text}
                  id={rowId(c.text)}
                  tabIndex={-1}
                  className={`${c.text === selected ? 'selected ' : ''}status-${c.status}`}
                  aria-selected={c.text === selected}
                  onClick={() => select(c.text)}
                  onFocus={() => select(c.text)}
                  onKeyDown={(e) => onKey(e, c, i)}
                >
                  <td className="pseudo-text">
                    {c.text}
                    {c.speaker && <span className="tag"> {t('pseudo.speaker')}</span>}
                    {c.added && <span className="tag"> {t('pseudo.added')}</span>}
                  </td>
                  <td>{t(`pseudo.kinds.${c.kind}`)}</td>
                  <td className="num">{c.count}</td>
                  <td className="num" title={c.documents.join('\n')}>
                    {c.documents.length}
                  </td>
                  <td>
                    <ProposalInput c={c} />
                  </td>
                  <td className="pseudo-decision">
                    <button
                      type="button"
                      aria-pressed={c.status === 'accepted'}
                      title={t('pseudo.acceptHint')}
                      onClick={(e) => {
                        e.stopPropagation();
                        setStatus([c], 'accepted');
                      }}
                    >
                      {t('pseudo.accept')}
                    </button>
                    <button
                      type="button"
                      aria-pressed={c.status === 'rejected'}
                      title={t('pseudo.rejectHint')}
                      onClick={(e) => {
                        e.stopPropagation();
                        setStatus([c], 'rejected');
                      }}
                    >
                      {t('pseudo.reject')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

const rowId = (text: string) => `pseudo-row-${encodeURIComponent(text)}`;
