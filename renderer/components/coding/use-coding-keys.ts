// Keyboard coding: a code's shortcut key codes the selection (1-9 for areas 1-9, letters for the
// assessments), K or Ctrl+K opens the palette, Delete removes the selected passage, Escape clears
// the selection; Shift+arrows move the selection's free end (a word, a paragraph), Alt+P and Alt+T
// select the paragraph or speaker turn in hand, Ctrl+I codes the selection in vivo. Ctrl+Z and
// Ctrl+Shift+Z are handled for every view by ../use-undo-keys.ts.
import { useEffect } from 'react';
import { useStore } from '../../store';
import { typingInField } from '../use-undo-keys';

const ARROWS: Record<string, { step: 'word' | 'paragraph'; forward: boolean } | undefined> = {
  ArrowRight: { step: 'word', forward: true },
  ArrowLeft: { step: 'word', forward: false },
  ArrowDown: { step: 'paragraph', forward: true },
  ArrowUp: { step: 'paragraph', forward: false },
};

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
      if (mod && !e.shiftKey && !e.altKey && key === 'i') {
        e.preventDefault();
        if (s.selection) void s.codeInVivo();
        return;
      }
      // e.code, not e.key: Alt+P types "π" on a Mac keyboard.
      if (e.altKey && !mod && !e.shiftKey && (e.code === 'KeyP' || e.code === 'KeyT')) {
        e.preventDefault();
        s.selectUnit(e.code === 'KeyP' ? 'paragraph' : 'turn');
        window.getSelection()?.removeAllRanges();
        return;
      }
      const arrow = ARROWS[e.key];
      if (e.shiftKey && !mod && !e.altKey && arrow && s.selection) {
        e.preventDefault();
        s.stepSelection(arrow.step, arrow.forward);
        window.getSelection()?.removeAllRanges();
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
