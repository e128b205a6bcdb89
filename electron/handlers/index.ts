// The app's registry: every feature's handler group, joined once.
import { codeHandlers } from './codes';
import { projectHandlers } from './project';
import { createRegistry } from './registry';

export function createAppRegistry() {
  return createRegistry([projectHandlers, codeHandlers]);
}
