// Ctrl+Z / Ctrl+Shift+Z (and Ctrl+Y) in the Kodbok view. Key presses inside a field belong to the
// field (its own text undo), and an open dialog keeps the keyboard to itself.
import { useEffect } from 'react';
import { useStore } from '../../store';

function typingInField(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

export function useUndoKeys(): void {
  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      const s = useStore.getState();
      if (s.view !== 'codebook' || !(e.ctrlKey || e.metaKey) || e.altKey) return;
      if (typingInField(e.target) || document.querySelector('dialog[open]')) return;
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
