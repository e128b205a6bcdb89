// The table builder's page: the definition above, the table it computes (recomputed whenever the
// definition or the coding changes), its export, and the saved tables beside it.
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AxisOption } from '../../../shared/api/contract-tables';
import { codeKey } from '../../../shared/tables/axes';
import type { TableDefinition } from '../../../shared/tables/types';
import { localizeTable } from '../../../shared/tables/words';
import { useStore } from '../../store';
import { TableChart } from '../charts/TableChart';
import { BusyBar } from '../retrieval/BusyBar';
import { axisByName, sameDefinition } from './definition';
import { SavedTables } from './SavedTables';
import { TableBuilder } from './TableBuilder';
import { TableExport } from './TableExport';
import { TableGrid } from './TableGrid';
import { useDelayed } from './use-delayed';

/** Changes to the definition are gathered this long before the table is computed again. */
const SETTLE_MS = 150;
/** Columns over which a line shows change over time rather than bars side by side. */
const TREND_AXES = new Set(['Intervjuomgång']);

export function BuilderTables({ axes }: { axes: AxisOption[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'sv';
  const draft = useStore((s) => s.tableDraft);
  const shown = useStore((s) => s.tableShown);
  const shownFor = useStore((s) => s.tableShownFor);
  const computing = useStore((s) => s.tableComputing);
  const compute = useStore((s) => s.computeTable);
  const savedOpen = useStore((s) => s.savedTableOpen);
  const saved = useStore((s) => s.savedTables);
  // Anything that changes what a table counts: codings (and their undo), codes, attributes.
  const codeCounts = useStore((s) => s.codeCounts);
  const undoState = useStore((s) => s.undoState);
  const documents = useStore((s) => s.documents);
  const slow = useDelayed(computing, 1000);
  const codes = useStore((s) => s.codes);
  // Bars and lines of codes take the codes' own colours, keyed as the table keys its lines.
  const colors = useMemo(
    () => Object.fromEntries(codes.map((c) => [codeKey(c), c.color])),
    [codes],
  );

  useEffect(() => {
    const timer = setTimeout(() => void compute(draft), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [draft, compute, codeCounts, undoState, documents]);

  // Back in the window after working elsewhere (the command line, another window): count again.
  useEffect(() => {
    const again = () => void compute();
    window.addEventListener('focus', again);
    return () => window.removeEventListener('focus', again);
  }, [compute]);

  const codedPassages = Object.values(codeCounts).reduce((s, n) => s + n, 0);
  const countsCodes = [draft.rows, draft.cols].some((n) => {
    const axis = axisByName(axes, n);
    return axis !== undefined && axis.kind !== 'attribute';
  });
  const savedDefinition = saved?.find((s) => s.name === savedOpen)?.definition;
  // A title nobody gave is worded in the window's language ("Områden by Bedömning").
  const engineTitle = shown ? localizeTable(shown, language).title : undefined;
  const caption = shownFor ? captionOf(shownFor, engineTitle, savedOpen, savedDefinition) : '';

  return (
    <div className="tables-main">
      <TableBuilder axes={axes} />
      <SavedTables />
      {slow && <BusyBar label={t('tables.computing')} />}
      {countsCodes && codedPassages === 0 && draft.unit !== 'respondents' && (
        <p className="banner">{t('tables.noCodings')}</p>
      )}
      {shown && shownFor ? (
        <section className="table-result" aria-label={t('tables.result')} aria-busy={computing}>
          <TableGrid
            table={shown}
            caption={caption}
            subtitle={t('tables.subtitle', {
              unit: t(`tables.units.${shownFor.unit}`),
              cells: t(`tables.percents.${shownFor.percent}`),
            })}
            tools={
              <>
                <TableExport source="builder" title={caption} />
                <button
                  type="button"
                  className="link recompute"
                  onClick={() => void compute()}
                  title={t('tables.recomputeHint')}
                >
                  {t('tables.recompute')}
                </button>
              </>
            }
          />
          <TableChart
            // New axes start the chart afresh: a trend over interview rounds, else bars.
            key={`${shownFor.rows}|${shownFor.cols ?? ''}|${shownFor.by ?? ''}`}
            table={{ ...shown, title: caption }}
            colors={colors}
            initialKind={TREND_AXES.has(chartColumns(shownFor) ?? '') ? 'trend' : 'bar'}
          />
        </section>
      ) : (
        !slow && <p className="muted">{t('tables.loading')}</p>
      )}
    </div>
  );
}

/** What the chart's columns are: the columns, or a one-way table's split (its blocks). */
function chartColumns(shownFor: TableDefinition): string | null {
  return shownFor.cols ?? shownFor.by;
}

/** The title she gave, else the saved table's name while it is what is shown, else the engine's. */
function captionOf(
  shownFor: TableDefinition,
  engineTitle: string | undefined,
  savedName: string | null,
  savedDefinition: TableDefinition | undefined,
): string {
  if (shownFor.title.trim()) return shownFor.title.trim();
  if (savedName && savedDefinition && sameDefinition(savedDefinition, shownFor)) return savedName;
  return engineTitle || (shownFor.cols ? `${shownFor.rows} × ${shownFor.cols}` : shownFor.rows);
}
