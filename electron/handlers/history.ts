// Undo, redo and the audit trail. The history lives in the project file, so Ctrl+Z still works
// after the project is reopened, and every entry says who changed what, and when.
import { requireProject } from './context';
import type { HandlerGroup } from './registry';

export const historyHandlers: HandlerGroup = {
  'history.state': (_input, ctx) => requireProject(ctx).history.state(),
  'history.undo': (_input, ctx) => requireProject(ctx).history.undo(),
  'history.redo': (_input, ctx) => requireProject(ctx).history.redo(),
  'history.list': ({ limit }, ctx) => requireProject(ctx).history.list(limit),
};
