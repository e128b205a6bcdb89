// A chart of a computed table, beside or under it: bars or a trend line, counts or percents, saved
// as SVG (the very string drawn) or PNG (that SVG drawn onto a canvas at twice the size). The SVG is
// made by shared/charts from escaped text and checked colours, so it can be put in the page as is.
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { barChart } from '../../../shared/charts/bar';
import { chartData, hasPercents, type Chart, type ChartValue } from '../../../shared/charts/svg';
import { trendChart } from '../../../shared/charts/trend';
import { MAX_CHART_COLUMNS, oneColumnBlocks, tableForChart } from '../../../shared/tables/split';
import type { ComputedTable } from '../../../shared/tables/types';
import { blockLabel } from '../../../shared/tables/words';
import { downloadBlob } from '../retrieval/download';
import { chartFileName, svgToPng } from './chart-image';

export type ChartKind = 'bar' | 'trend';

interface Props {
  /** The table as computed; its labels are put in the window's language here. */
  table: ComputedTable;
  /** Colours by key: for bars the column keys, for a trend the row keys (e.g. the codes' colours). */
  colors?: Readonly<Record<string, string>>;
  /** Starts as a trend, e.g. for a table by Intervjuomgång. */
  initialKind?: ChartKind;
}

export function TableChart({ table: whole, colors, initialKind = 'bar' }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'sv';
  const [kind, setKind] = useState<ChartKind>(initialKind);
  const [chosen, setChosen] = useState<ChartValue>('count');
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // A split table with several columns per block is charted one block at a time.
  const [block, setBlock] = useState(0);
  const group = useId();
  const blocks = whole.split && !oneColumnBlocks(whole) ? whole.split.blocks : null;
  const chartable = useMemo(
    () => tableForChart(whole, blocks && block < blocks.length ? block : 0, language),
    [whole, blocks, block, language],
  );
  const table = chartable ?? whole;
  const percents = hasPercents(table);
  const value: ChartValue = percents ? chosen : 'count';

  const chart: Chart = useMemo(() => {
    const options = { language, value, colors } as const;
    return kind === 'bar' ? barChart(table, options) : trendChart(table, options);
  }, [table, kind, value, colors, language]);
  const empty = useMemo(() => {
    const data = chartData(table, { language, value });
    return data.rows.length === 0 || data.columns.length === 0;
  }, [table, language, value]);
  const baseName = table.title.trim() || t('charts.fileName');

  if (!chartable)
    return (
      <figure className="table-chart" aria-label={t('charts.label')}>
        <p className="muted">{t('charts.tooWide', { max: MAX_CHART_COLUMNS })}</p>
      </figure>
    );

  function saveSvg() {
    const name = chartFileName(baseName, 'svg');
    downloadBlob(name, new Blob([chart.svg], { type: 'image/svg+xml' }));
    setStatus(t('charts.saved', { file: name }));
  }

  async function savePng() {
    setBusy(true);
    setStatus(t('charts.saving'));
    try {
      const name = chartFileName(baseName, 'png');
      downloadBlob(name, await svgToPng(chart));
      setStatus(t('charts.saved', { file: name }));
    } catch (err) {
      setStatus(t('charts.failed', { message: err instanceof Error ? err.message : String(err) }));
    } finally {
      setBusy(false);
    }
  }

  const option = <T extends string>(
    group: string,
    current: T,
    set: (v: T) => void,
    item: T,
    label: string,
    options: { hint?: string; disabled?: boolean } = {},
  ) => (
    <label className="chart-option" title={options.hint}>
      <input
        type="radio"
        name={group}
        checked={current === item}
        disabled={options.disabled}
        onChange={() => set(item)}
      />
      {label}
    </label>
  );

  return (
    <figure className="table-chart" aria-label={t('charts.label')}>
      <div className="table-chart-controls">
        <div role="radiogroup" aria-label={t('charts.kind')} className="chart-switch">
          {option(`${group}-kind`, kind, setKind, 'bar', t('charts.bar'), {
            hint: t('charts.barHint'),
          })}
          {option(`${group}-kind`, kind, setKind, 'trend', t('charts.trend'), {
            hint: t('charts.trendHint'),
          })}
        </div>
        {blocks && (
          <label className="chart-option">
            {t('charts.block')}
            <select value={block} onChange={(e) => setBlock(Number(e.target.value))}>
              {blocks.map((b, i) => (
                <option key={i} value={i}>
                  {blockLabel(b, language)}
                </option>
              ))}
            </select>
          </label>
        )}
        <div role="radiogroup" aria-label={t('charts.value')} className="chart-switch">
          {option(`${group}-value`, value, setChosen, 'count', t('charts.count'))}
          {option(`${group}-value`, value, setChosen, 'percent', t('charts.percent'), {
            disabled: !percents,
            hint: percents ? undefined : t('charts.noPercent'),
          })}
        </div>
        <div className="export-buttons">
          <button type="button" title={t('charts.saveSvgHint')} disabled={empty} onClick={saveSvg}>
            {t('charts.saveSvg')}
          </button>
          <button
            type="button"
            title={t('charts.savePngHint')}
            disabled={empty || busy}
            onClick={() => void savePng()}
          >
            {t('charts.savePng')}
          </button>
        </div>
      </div>
      {empty ? (
        <p className="muted">{t('charts.empty')}</p>
      ) : (
        // The SVG comes from shared/charts: every text escaped, colours checked as plain hex.
        <div className="table-chart-canvas" dangerouslySetInnerHTML={{ __html: chart.svg }} />
      )}
      {status && (
        <p className="muted small" role="status">
          {status}
        </p>
      )}
    </figure>
  );
}
