// @vitest-environment jsdom
// The chart component with the real translations: the switches change what is drawn, and saving
// hands a file to the download. (The PNG's canvas cannot run in jsdom; it was checked in Chromium.)
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { TableChart } from '../../../renderer/components/charts/TableChart';
import { chartFileName } from '../../../renderer/components/charts/chart-image';
import { initI18n } from '../../../renderer/i18n';
import { barChart } from '../../../shared/charts/bar';
import { BY_ROUND, CROSS, ONE_WAY } from '../tables-export/fixtures';

beforeAll(async () => {
  await initI18n('sv');
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const svg = (container: HTMLElement) => container.querySelector('.table-chart-canvas svg');

describe('TableChart', () => {
  it('switches between bars and a trend, and between counts and percents', () => {
    const { container } = render(<TableChart table={BY_ROUND} />);
    expect(svg(container)?.querySelectorAll('rect[data-value]')).toHaveLength(14 * 5);
    fireEvent.click(screen.getByRole('radio', { name: 'Trend' }));
    expect(svg(container)?.querySelectorAll('polyline')).toHaveLength(14);
    const first = () =>
      Number(svg(container)?.querySelector('.point')?.getAttribute('data-value') ?? NaN);
    expect(first()).toBe(BY_ROUND.rows[0]?.cells[0]?.n);
    fireEvent.click(screen.getByRole('radio', { name: 'Procent' }));
    expect(first()).toBeCloseTo(BY_ROUND.rows[0]?.cells[0]?.pct ?? NaN, 10);
  });

  it('offers percents only when the table has them', () => {
    render(<TableChart table={ONE_WAY} />);
    expect(screen.getByRole('radio', { name: 'Procent' })).toHaveProperty('disabled', true);
    expect(screen.getByRole('radio', { name: 'Antal' })).toHaveProperty('checked', true);
  });

  it('saves the drawn SVG under the table title', async () => {
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => (blobs.push(blob), 'blob:chart'));
    URL.revokeObjectURL = vi.fn();
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    render(<TableChart table={CROSS} colors={{ 'Kommit längst': '#2e7d32' }} />);
    fireEvent.click(screen.getByRole('button', { name: 'Spara SVG' }));
    expect(clicked).toHaveBeenCalledTimes(1);
    expect(blobs[0]?.type).toBe('image/svg+xml');
    const saved = await blobs[0]?.text();
    const colors = { 'Kommit längst': '#2e7d32' };
    expect(saved).toBe(barChart(CROSS, { language: 'sv', value: 'count', colors }).svg);
    expect(saved).toContain('fill="#2e7d32"');
    expect(screen.getByRole('status').textContent).toBe(
      'Områden efter bedömning; chefer.svg har laddats ner.',
    );
  });

  it('says so instead of drawing an empty chart', () => {
    const bare = { ...CROSS, rows: CROSS.rows.slice(3), rowKinds: CROSS.rowKinds.slice(3) };
    const { container } = render(<TableChart table={bare} />);
    expect(svg(container)).toBeNull();
    expect(screen.getByText('Tabellen har inga rader eller kolumner att rita.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Spara PNG' })).toHaveProperty('disabled', true);
  });
});

describe('chartFileName', () => {
  it.each([
    ['Områden: "chefer"', 'png', 'Områden chefer.png'],
    ['...', 'svg', 'Diagram.svg'],
  ] as const)('%j as %s is %j', (title, ext, name) => expect(chartFileName(title, ext)).toBe(name));
});
