// Ctrl+Z undoes and Ctrl+Shift+Z (or Ctrl+Y) redoes the last project change, in every view of the
// project window. Key presses in a text field belong to the field (its own text undo), and an open
// dialog keeps the keyboard to itself. Focus refreshes what the buttons say they will do.
import { useEffect } from 'react';
import { useStore } from '../store';

export function typingInField(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) &&
    !(target instanceof HTMLInputElement && ['checkbox', 'radio'].includes(target.type))
  );
}

export function useUndoKeys(): void {
  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || typingInField(e.target)) return;
      if (document.querySelector('dialog[open]')) return;
      const s = useStore.getState();
      if (!s.project) return;
      const key = e.key.toLowerCase();
      if (key === 'z' || key === 'y') {
        e.preventDefault();
        void (key === 'y' || e.shiftKey ? s.redo() : s.undo());
      }
    }
    // Back in this window: another window or program may have changed the project meanwhile, so
    // the buttons are labelled again with what Ctrl+Z and Ctrl+Shift+Z will do now.
    const onFocus = () => void useStore.getState().refreshUndo();
    window.addEventListener('keydown', onKey);
    window.addEventListener('focus', onFocus);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('focus', onFocus);
    };
  }, []);
}
