// Keyboard coding: a code's shortcut key codes the selection (1-9 for areas 1-9, letters for the
// assessments), K or Ctrl+K opens the palette, Delete removes the selected passage, Escape clears
// the selection. Ctrl+Z and Ctrl+Shift+Z are handled for every view by ../use-undo-keys.ts.
import { useEffect } from 'react';
import { useStore } from '../../store';
import { typingInField } from '../use-undo-keys';

export function useCodingKeys(): void {
  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      const s = useStore.getState();
      if (
        s.view !== 'coding' ||
        s.paletteOpen ||
        typingInField(e.target) ||
        document.querySelector('dialog[open]')
      )
        return;
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      if ((mod && key === 'k') || (!mod && key === 'k' && !e.altKey)) {
        e.preventDefault();
        s.setPaletteOpen(true);
        return;
      }
      if (mod || e.altKey) return;
      if (key === 'escape') {
        s.setSelection(null);
        s.setRangeEditFor(null);
        window.getSelection()?.removeAllRanges();
        return;
      }
      if ((key === 'delete' || key === 'backspace') && s.selectedSegmentId !== null) {
        e.preventDefault();
        void s.deleteSegment(s.selectedSegmentId);
        return;
      }
      const code = s.codes.find(
        (c) => c.codable && c.shortcut !== null && c.shortcut.toLowerCase() === key,
      );
      if (code && (s.selection || s.selectedSegmentId !== null)) {
        e.preventDefault();
        void s.applyCode(code.id);
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
