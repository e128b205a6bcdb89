// Notices after the project file was deleted or replaced while open: the Node side closes the
// project, and calls that were still on their way answer "no project open". Those answers belong
// to the project that is gone; the notice that says what happened and which copy to open must stay
// the one shown (an e2e run once showed "Inget projekt är öppet" in its place).
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../../renderer/api/client', () => ({
  api: { call: () => Promise.resolve(null) },
  ApiCallError: class ApiCallError extends Error {
    code: string;
    params: Record<string, string | number>;
    constructor(shape: { code: string; message: string; params?: Record<string, string> }) {
      super(shape.message);
      this.code = shape.code;
      this.params = shape.params ?? {};
    }
  },
  filesToSources: () => Promise.resolve([]),
}));

const { useStore } = await import('../../../renderer/store');
const { ApiCallError } = await import('../../../renderer/api/client');

const error = (code: string) =>
  new ApiCallError({ code, message: code } as ConstructorParameters<typeof ApiCallError>[0]);
const codes = () => useStore.getState().notices.map((n) => n.code);
const project = { path: '/p.kvalkod', name: 'p', readOnly: false } as never;

describe('notices when the project is gone', () => {
  it.each([
    [
      'after the gone notice',
      ['project_file_changed', 'no_project_open'],
      ['project_file_changed'],
    ],
    ['before it', ['no_project_open', 'project_file_lost'], ['project_file_lost']],
  ])('a stale "no project open" %s is not shown', (_name, arriving, shown) => {
    useStore.setState({ project, notices: [] });
    for (const code of arriving) useStore.getState().notifyError(error(code));
    expect(codes()).toEqual(shown);
  });

  it('"no project open" is shown while the window believes a project is open', () => {
    useStore.setState({ project, notices: [] });
    useStore.getState().notifyError(error('no_project_open'));
    expect(codes()).toEqual(['no_project_open']);
  });
});
