// Kodbok: the codebook as an editable tree on the left; on the right either the chosen code (all
// its fields, memo, move, merge, delete) or the project journal with a search over every memo.
// Ctrl+Z / Ctrl+Shift+Z undo and redo here too.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Code } from '../../shared/codebook/types';
import { CodeDetails } from '../components/codebook-edit/CodeDetails';
import { CodeTree } from '../components/codebook-edit/CodeTree';
import { JournalPanel } from '../components/codebook-edit/JournalPanel';
import { NewCodeDialog } from '../components/codebook-edit/NewCodeDialog';
import { useStore } from '../store';
import { selectReadOnly } from '../store/project-file-slice';

type Tab = 'code' | 'journal';
const TABS: Tab[] = ['code', 'journal'];

/** Where "Ny kod…" puts a code: under the chosen group, beside the chosen code, else in Teman. */
function defaultParent(codes: Code[], selected: Code | null): number | null {
  if (selected) return selected.codable ? selected.parentId : selected.id;
  return codes.find((c) => c.parentId === null && c.group === 'themes')?.id ?? null;
}

export function CodebookView() {
  const { t } = useTranslation();
  const codes = useStore((s) => s.codes);
  const selectedId = useStore((s) => s.codebookSelectedId);
  const select = useStore((s) => s.selectCodebookCode);
  const readOnly = useStore(selectReadOnly);
  const [tab, setTab] = useState<Tab>('code');
  const [creating, setCreating] = useState(false);
  const tabRefs = useRef<Record<Tab, HTMLButtonElement | null>>({ code: null, journal: null });
  const panelRef = useRef<HTMLDivElement>(null);
  const selected = codes.find((c) => c.id === selectedId) ?? null;
  // Another code, or the other tab, starts at the top of the panel.
  useEffect(() => {
    panelRef.current?.scrollTo({ top: 0 });
  }, [selectedId, tab]);

  const showCode = (id: number) => {
    select(id);
    setTab('code');
  };
  const onTabKey = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    const next = TABS[(TABS.indexOf(tab) + 1) % TABS.length] ?? 'code';
    setTab(next);
    tabRefs.current[next]?.focus();
  };

  return (
    <section className="codebook-view" aria-labelledby="codebook-view-heading">
      <div className="view-header">
        <h2 id="codebook-view-heading">{t('codebookEdit.title')}</h2>
        <button
          type="button"
          className="primary"
          disabled={readOnly}
          title={readOnly ? t('projectFile.readOnlyAction') : undefined}
          onClick={() => setCreating(true)}
        >
          + {t('codebookEdit.newCode')}
        </button>
      </div>
      <p className="help cb-intro">{t('codebookEdit.intro')}</p>
      <div className="cb-body">
        <CodeTree onSelect={showCode} />
        <div className="cb-side">
          <div className="cb-tabs" role="tablist" aria-label={t('codebookEdit.panels')}>
            {TABS.map((id) => (
              <button
                key={id}
                ref={(el) => {
                  tabRefs.current[id] = el;
                }}
                type="button"
                role="tab"
                id={`cb-tab-${id}`}
                aria-selected={tab === id}
                aria-controls={`cb-panel-${id}`}
                tabIndex={tab === id ? 0 : -1}
                onClick={() => setTab(id)}
                onKeyDown={onTabKey}
              >
                {id === 'code' ? t('codebookEdit.tabCode') : t('codebookEdit.tabJournal')}
              </button>
            ))}
          </div>
          <div
            ref={panelRef}
            className="cb-panel"
            role="tabpanel"
            id={`cb-panel-${tab}`}
            aria-labelledby={`cb-tab-${tab}`}
          >
            {tab === 'journal' ? (
              <JournalPanel onShowCode={showCode} />
            ) : selected ? (
              // In a read-only project the code's fields are shown, not offered for change.
              <fieldset className="cb-locked" disabled={readOnly}>
                <CodeDetails key={selected.id} code={selected} />
              </fieldset>
            ) : (
              <p className="muted cb-empty">{t('codebookEdit.noSelection')}</p>
            )}
          </div>
        </div>
      </div>
      {creating && (
        <NewCodeDialog
          parentId={defaultParent(codes, selected)}
          onClose={() => {
            setCreating(false);
            setTab('code');
          }}
        />
      )}
    </section>
  );
}
