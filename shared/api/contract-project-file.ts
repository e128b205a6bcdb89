// Contract entries about the project file itself, apart from its contents: a file the operating
// system asked the app to open (a double-click, a second launch).
import { z } from 'zod';
import { returns } from './define';

const empty = z.object({}).strict();

export const projectFileContract = {
  /** The project file the app was asked to open since the window last looked, taken once. */
  'app.takeOpenRequest': { input: empty, output: returns<{ path: string | null }>() },
};
