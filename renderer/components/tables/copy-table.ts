// Copies a computed table so that Word and Excel paste a real table: HTML for them, tab-separated
// text for anything else. The async clipboard API is tried first; a window that refuses it (no
// permission, an old engine) gets the classic copy command on a hidden element instead.
import { tableToHtml, tableToTsv } from '../../../shared/tables/clipboard';
import type { ComputedTable } from '../../../shared/tables/types';
import type { TableLanguage } from '../../../shared/tables/words';

async function writeAsync(html: string, text: string): Promise<boolean> {
  // Typed as always there, but missing in insecure contexts and older engines.
  const clipboard = navigator.clipboard as Clipboard | undefined;
  if (typeof ClipboardItem === 'undefined' || typeof clipboard?.write !== 'function') return false;
  try {
    await clipboard.write([
      new ClipboardItem({
        'text/html': new Blob([html], { type: 'text/html' }),
        'text/plain': new Blob([text], { type: 'text/plain' }),
      }),
    ]);
    return true;
  } catch {
    return false;
  }
}

/** The copy command, with both forms set on the copy event; the element gives it a selection. */
function writeWithCommand(html: string, text: string): boolean {
  const holder = document.createElement('div');
  holder.innerHTML = html;
  holder.setAttribute('aria-hidden', 'true');
  holder.style.cssText = 'position:fixed;left:-10000px;top:0;opacity:0;pointer-events:none';
  document.body.append(holder);
  const onCopy = (event: ClipboardEvent) => {
    event.clipboardData?.setData('text/html', html);
    event.clipboardData?.setData('text/plain', text);
    event.preventDefault();
  };
  document.addEventListener('copy', onCopy);
  const selection = window.getSelection();
  const range = document.createRange();
  range.selectNodeContents(holder);
  selection?.removeAllRanges();
  selection?.addRange(range);
  try {
    // Deprecated, but the only way left when the async clipboard refuses; the fallback, not the road.
    // eslint-disable-next-line @typescript-eslint/no-deprecated
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    document.removeEventListener('copy', onCopy);
    selection?.removeAllRanges();
    holder.remove();
  }
}

/** True when the table is on the clipboard. Give the table as computed (it is labelled here). */
export async function copyTable(table: ComputedTable, language: TableLanguage): Promise<boolean> {
  const html = tableToHtml(table, language);
  const text = tableToTsv(table, language);
  return (await writeAsync(html, text)) || writeWithCommand(html, text);
}
