// A coding key: the chosen code on the selection (a new passage) or on the selected passage (one
// more code on it: area + assessment). The passage is painted at once, provisional until the
// server's answer replaces it (pending-saves.ts); a refusal takes it back, brings the selection back
// and says why. In a project open for reading only nothing is painted.
import type { StoreApi } from 'zustand';
import {
  countsAfter,
  isProvisional,
  provisionalSegment,
  withSegment,
  withoutSegment,
} from '../../shared/coding/segment-list';
import { api } from '../api/client';
import type { Store } from './index';
import { attemptWith } from './notifications-slice';
import type { PendingSaves } from './pending-saves';
import { selectReadOnly } from './project-file-slice';

export function applyCodeWith(
  set: StoreApi<Store>['setState'],
  get: () => Store,
  pending: PendingSaves,
): (codeId: number) => Promise<void> {
  const attempt = attemptWith(get);
  return async (codeId) => {
    const { codingDoc, selection, selectedSegmentId, segments, codes, coderName } = get();
    const code = codes.find((c) => c.id === codeId);
    if (!codingDoc || !code) return;
    // A second key on the same passage adds its code to the same segment (area + assessment).
    const target =
      segments.find((s) => s.id === selectedSegmentId) ??
      (selection
        ? segments.find((s) => s.start === selection.start && s.end === selection.end)
        : undefined);
    if (target?.codes.some((c) => c.id === codeId)) {
      // Already coded so: show that passage rather than doing nothing.
      set({ selectedSegmentId: target.id, selection: null });
      return;
    }
    const range = target ?? selection;
    if (!range) return;
    const before = target?.codes.map((c) => c.id) ?? [];
    const save = (id: number | null) =>
      id !== null
        ? api.call('segments.update', { id, codeIds: [...before, codeId] })
        : api.call('segments.create', {
            documentId: codingDoc.id,
            start: range.start,
            end: range.end,
            codeIds: [codeId],
          });
    if (selectReadOnly(get())) {
      await attempt(() => save(target?.id ?? null)); // nothing painted; the refusal says why
      return;
    }
    const added = { id: code.id, name: code.name, number: code.number, color: code.color };
    const shown = target
      ? { ...target, codes: [...target.codes, added] }
      : provisionalSegment(
          pending.nextId(),
          codingDoc.id,
          { start: range.start, end: range.end },
          coderName,
          [added],
        );
    // Painted at once; the server's answer then replaces it, or takes it back (and says why).
    set((s) => ({
      segments: withSegment(s.segments, shown),
      codeCounts: countsAfter(s.codeCounts, before, [...before, codeId]),
      selectedSegmentId: shown.id,
      selection: null,
    }));
    const saving = (async () => {
      const id = target ? await pending.savedId(target.id) : null;
      if (target && id === null) {
        // The passage's own save failed (and said so, and took it back): so does this code.
        set((s) => ({ codeCounts: countsAfter(s.codeCounts, [...before, codeId], before) }));
        return null;
      }
      const saved = await attempt(() => save(id));
      set((s) => ({
        segments: saved
          ? withSegment(withoutSegment(s.segments, shown.id), saved.value)
          : target
            ? withSegment(s.segments, target)
            : withoutSegment(s.segments, shown.id),
        codeCounts: saved ? s.codeCounts : countsAfter(s.codeCounts, [...before, codeId], before),
        undoState: saved?.undo ?? s.undoState,
        ...(s.selectedSegmentId === shown.id
          ? {
              selectedSegmentId: saved?.value.id ?? target?.id ?? null,
              selection: saved || target ? null : selection,
            }
          : {}),
      }));
      if (saved) void attempt(() => get().refreshCoding());
      return saved?.value.id ?? null;
    })();
    await (isProvisional(shown) ? pending.track(shown.id, saving) : saving);
  };
}
