// Handlers about the project file itself: its check, and the file the operating system asked the
// app to open.
import { requireProject } from './context';
import type { HandlerGroup } from './registry';

export const projectFileHandlers: HandlerGroup = {
  'project.check': (_input, ctx) => requireProject(ctx).check(),
  'app.takeOpenRequest': (_input, ctx) => {
    const path = ctx.session.openRequest;
    ctx.session.openRequest = null;
    return { path };
  },
};
