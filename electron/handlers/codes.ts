// The codebook.
import { requireProject } from './context';
import type { HandlerGroup } from './registry';

export const codeHandlers: HandlerGroup = {
  'codes.list': (_input, ctx) => requireProject(ctx).codes.list(),
};
