// The app's registry: every feature's handler group, joined once.
import { attributeHandlers } from './attributes';
import { codeHandlers } from './codes';
import { documentHandlers } from './documents';
import { importHandlers } from './import';
import { projectHandlers } from './project';
import { createRegistry } from './registry';

export function createAppRegistry() {
  return createRegistry([
    projectHandlers,
    codeHandlers,
    documentHandlers,
    attributeHandlers,
    importHandlers,
  ]);
}
