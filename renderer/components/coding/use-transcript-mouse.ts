// The mouse in the coded transcript: a drag selects from where it began to where it ends, even when
// the view scrolled on meanwhile (dragging past the edge scrolls it; the block where the drag began
// stays rendered so the browser's highlight holds); a drag begun on a speaker label starts at the
// turn's first word; Shift+click moves the selection's free end, however far away; a plain click
// marks the place that Alt+P and Alt+T select around.
import { useEffect, useRef, type MouseEvent as ReactMouseEvent, type RefObject } from 'react';
import type { Block } from '../../../shared/documents/blocks';
import { useStore } from '../../store';
import { textOffset } from './pieces';

/** How close to the edge (px) the pointer starts the scrolling, and its top speed (px per 60th of
 * a second: the speed is by time, so a busy machine that draws fewer frames scrolls as far). */
const EDGE = 36;
const TOP_SPEED = 40;
const FRAME_MS = 1000 / 60;

function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  // The standard call (Chromium 128+, so every Electron we ship); caretRangeFromPoint is deprecated.
  const pos = document.caretPositionFromPoint(x, y);
  return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
}

function pointOffset(x: number, y: number, side: 'start' | 'end'): number | null {
  const caret = caretAt(x, y);
  return caret ? textOffset(caret.node, caret.offset, side) : null;
}

/** The click the browser sends after a drag that ended on a coded passage would choose that
 * passage and drop the text just selected: it is stopped. (It follows mouseup in the same task.) */
function swallowClick() {
  const stopClick = (e: MouseEvent) => e.stopPropagation();
  window.addEventListener('click', stopClick, { capture: true, once: true });
  setTimeout(() => window.removeEventListener('click', stopClick, { capture: true }), 0);
}

export function useTranscriptMouse(
  scroller: RefObject<HTMLDivElement | null>,
  blocks: readonly Block[],
) {
  /** The block to keep rendered while a drag that began in it goes on. */
  const pinned = useRef<number | null>(null);
  const stop = useRef<(() => void) | null>(null);
  useEffect(() => () => stop.current?.(), []);

  function onMouseDown(e: ReactMouseEvent) {
    if (e.button !== 0 || (e.target as HTMLElement).closest('button')) return;
    const store = useStore.getState();
    const at = pointOffset(e.clientX, e.clientY, 'start');
    if (e.shiftKey && at !== null && (store.selection || store.caret !== null)) {
      e.preventDefault();
      store.extendSelection(at);
      window.getSelection()?.removeAllRanges();
      return;
    }
    const el = scroller.current;
    if (!el) return;
    const anchor = at;
    pinned.current = anchor === null ? null : blocks.findIndex((b) => b.end >= anchor);
    let speed = 0;
    let frame = 0;
    let before = 0;
    let last = { x: e.clientX, y: e.clientY };
    const scroll = (now: number) => {
      // At most a tenth of a second at a time, so a stall does not jump a whole screen.
      const elapsed = before === 0 ? FRAME_MS : Math.min(now - before, 100);
      before = now;
      el.scrollTop += Math.round((speed * elapsed) / FRAME_MS) || speed;
      frame = speed === 0 ? 0 : requestAnimationFrame(scroll);
    };
    const onMove = (m: MouseEvent) => {
      last = { x: m.clientX, y: m.clientY };
      const r = el.getBoundingClientRect();
      const below = m.clientY - (r.bottom - EDGE);
      const above = r.top + EDGE - m.clientY;
      const next =
        below > 0
          ? Math.min(TOP_SPEED, below / 2)
          : above > 0
            ? -Math.min(TOP_SPEED, above / 2)
            : 0;
      const was = speed;
      speed = Math.round(next) || Math.sign(next);
      if (was === 0 && speed !== 0) {
        before = 0;
        frame = requestAnimationFrame(scroll);
      }
    };
    const onUp = (u: MouseEvent) => {
      stop.current?.();
      if (finish(anchor, u.detail, last)) swallowClick();
    };
    stop.current = () => {
      window.removeEventListener('mousemove', onMove);
      window.removeEventListener('mouseup', onUp);
      cancelAnimationFrame(frame);
      speed = 0;
      stop.current = null;
    };
    window.addEventListener('mousemove', onMove);
    window.addEventListener('mouseup', onUp);
  }

  /** Where the drag ended: the browser's selection when it still holds, else the pointer. True
   * when it selected text. */
  function finish(anchor: number | null, clicks: number, at: { x: number; y: number }): boolean {
    const el = scroller.current;
    const store = useStore.getState();
    pinned.current = null;
    if (!el) return false;
    const sel = window.getSelection();
    const native =
      sel && !sel.isCollapsed && sel.focusNode && el.contains(sel.focusNode) ? sel : null;
    // A double or triple click selects a word or paragraph: take the browser's range whole.
    if (native && clicks >= 2) {
      const range = native.getRangeAt(0);
      const a = textOffset(range.startContainer, range.startOffset, 'start');
      const b = textOffset(range.endContainer, range.endOffset, 'end');
      if (a === null || b === null) return false;
      store.selectFrom(a, b);
      return true;
    }
    if (anchor === null) return false;
    const r = el.getBoundingClientRect();
    const x = Math.min(Math.max(at.x, r.left + 1), r.right - 1);
    const y = Math.min(Math.max(at.y, r.top + 1), r.bottom - 1);
    const focusAt = (side: 'start' | 'end') =>
      native?.focusNode
        ? textOffset(native.focusNode, native.focusOffset, side)
        : pointOffset(x, y, side);
    const forward = (focusAt('start') ?? anchor) >= anchor;
    const focus = focusAt(forward ? 'end' : 'start');
    if (focus === null || focus === anchor) {
      // A click: no selection, but a place to select a paragraph or turn around.
      if (store.rangeEditFor === null) store.setSelection(null);
      store.setCaret(anchor);
      return false;
    }
    store.selectFrom(anchor, focus);
    return true;
  }

  return { pinned, onMouseDown };
}
