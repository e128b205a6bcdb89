// Handlers about the project file itself: the file the operating system asked the app to open.
import type { HandlerGroup } from './registry';

export const projectFileHandlers: HandlerGroup = {
  'app.takeOpenRequest': (_input, ctx) => {
    const path = ctx.session.openRequest;
    ctx.session.openRequest = null;
    return { path };
  },
};
