// Undo, redo and the audit trail. The history lives in the project file, so Ctrl+Z still works
// after the project is reopened, and every entry says who changed what, and when.
import { requireProject } from './context';
import type { HandlerGroup } from './registry';

export const historyHandlers: HandlerGroup = {
  'history.state': (_input, ctx) => requireProject(ctx).history.state(),
  'history.undo': ({ expected }, ctx) => requireProject(ctx).history.undo(expected),
  'history.redo': ({ expected }, ctx) => requireProject(ctx).history.redo(expected),
  'history.list': ({ limit }, ctx) => requireProject(ctx).history.list(limit),
};
