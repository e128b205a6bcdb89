// Ctrl+Z / Ctrl+Shift+Z (or Ctrl+Y) in the retrieval and search views, as in the coding view; left
// alone while typing, where they undo the typing.
import { useEffect } from 'react';
import { useStore } from '../../store';

function typing(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) &&
    !(target instanceof HTMLInputElement && ['checkbox', 'radio'].includes(target.type))
  );
}

export function useUndoKeys(): void {
  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || typing(e.target)) return;
      if (document.querySelector('dialog[open]')) return;
      const s = useStore.getState();
      if (s.view !== 'retrieval' && s.view !== 'search') return;
      const key = e.key.toLowerCase();
      if (key === 'z' || key === 'y') {
        e.preventDefault();
        void (key === 'y' || e.shiftKey ? s.redo() : s.undo());
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
