// @vitest-environment jsdom
// The system clipboard cannot run here: the async API and the copy command are stood in for, and
// the test checks what copyTable hands each of them.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyTable } from '../../../renderer/components/tables/copy-table';
import { tableToHtml, tableToTsv } from '../../../shared/tables/clipboard';
import { CROSS } from './fixtures';

class FakeClipboardItem {
  constructor(readonly items: Record<string, Blob>) {}
}

afterEach(() => {
  vi.unstubAllGlobals();
  Reflect.deleteProperty(navigator, 'clipboard');
  Reflect.deleteProperty(document, 'execCommand');
});

describe('copyTable', () => {
  it('writes HTML and tab-separated text through the async clipboard', async () => {
    const written: FakeClipboardItem[][] = [];
    vi.stubGlobal('ClipboardItem', FakeClipboardItem);
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { write: (items: FakeClipboardItem[]) => (written.push(items), Promise.resolve()) },
    });
    expect(await copyTable(CROSS, 'sv')).toBe(true);
    const item = written[0]?.[0];
    expect(Object.keys(item?.items ?? {})).toEqual(['text/html', 'text/plain']);
    expect(await item?.items['text/html']?.text()).toBe(tableToHtml(CROSS, 'sv'));
    expect(await item?.items['text/plain']?.text()).toBe(tableToTsv(CROSS, 'sv'));
  });

  it('falls back to the copy command when the clipboard refuses, and leaves no element behind', async () => {
    vi.stubGlobal('ClipboardItem', FakeClipboardItem);
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { write: () => Promise.reject(new Error('NotAllowedError')) },
    });
    const data = new Map<string, string>();
    const before = document.body.childElementCount;
    Object.defineProperty(document, 'execCommand', {
      configurable: true,
      value: (command: string) => {
        expect(command).toBe('copy');
        // What the browser does on the command: a copy event whose data the page may set.
        const event = new Event('copy', { cancelable: true }) as ClipboardEvent;
        Object.defineProperty(event, 'clipboardData', {
          value: { setData: (type: string, value: string) => data.set(type, value) },
        });
        document.dispatchEvent(event);
        expect(window.getSelection()?.toString()).toContain('Kommit längst');
        return event.defaultPrevented;
      },
    });
    expect(await copyTable(CROSS, 'en')).toBe(true);
    expect(data.get('text/html')).toBe(tableToHtml(CROSS, 'en'));
    expect(data.get('text/plain')).toBe(tableToTsv(CROSS, 'en'));
    expect(document.body.childElementCount).toBe(before);
  });

  it('says so when nothing could be copied', async () => {
    Object.defineProperty(document, 'execCommand', { configurable: true, value: () => false });
    expect(await copyTable(CROSS, 'sv')).toBe(false);
  });
});
