// A project change clears every slice: nothing of one project (queries, results, selection, search,
// tables, notices) stays in the store of the next. Against a stand-in for the API (the host is what
// cannot run here).
import { beforeEach, describe, expect, it, vi } from 'vitest';

let answer: (method: string, input: unknown) => Promise<unknown>;

vi.mock('../../../renderer/api/client', () => ({
  api: { call: (method: string, input: unknown) => answer(method, input) },
  ApiCallError: class extends Error {},
  filesToSources: () => Promise.resolve([]),
}));

const { useStore } = await import('../../../renderer/store');
const { APP_STATE_KEYS, resetForProjectChange } =
  await import('../../../renderer/store/project-reset');
const { initialCodingState } = await import('../../../renderer/store/coding-slice');
const { initialRetrievalState } = await import('../../../renderer/store/retrieval-slice');
const { initialSearchState } = await import('../../../renderer/store/search-slice');
const { initialTablesState } = await import('../../../renderer/store/tables-slice');

type State = ReturnType<typeof useStore.getState>;
const dataKeys = (s: State) =>
  (Object.keys(s) as (keyof State)[]).filter((k) => typeof s[k] !== 'function');
const later = <T>(value: T, ms: number) =>
  new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

/** What the host answers for a freshly opened, empty project. */
function emptyProject(method: string): Promise<unknown> {
  const answers: Record<string, unknown> = {
    'codes.list': [],
    'documents.list': [],
    'attributes.list': [],
    'history.state': { canUndo: false, canRedo: false, undoSummary: null, redoSummary: null },
    'coder.get': { name: null },
    'codes.counts': {},
    'recent.list': [],
    'project.close': null,
  };
  return Promise.resolve(answers[method] ?? null);
}

const B = {
  path: '/tmp/B.kvalkod',
  name: 'B',
  schemaVersion: 3,
  damagedDocuments: [],
  readOnly: false,
};

beforeEach(() => {
  useStore.setState(useStore.getInitialState(), true);
  answer = emptyProject;
});

describe('project reset', () => {
  it('brings every slice but the app-level state back to how a fresh window has it', () => {
    const fresh = useStore.getInitialState();
    const keys = dataKeys(fresh);
    // Anything a project could leave behind, in every data key of every slice.
    useStore.setState(Object.fromEntries(keys.map((k) => [k, { leftover: k }])) as Partial<State>);
    resetForProjectChange(useStore.getState());
    const after = useStore.getState();
    for (const key of keys) {
      if ((APP_STATE_KEYS as readonly string[]).includes(key))
        expect(after[key], key).toEqual({ leftover: key });
      else expect(after[key], key).toEqual(fresh[key]);
    }
  });

  it('every slice has its initial state and a reset<Slice> action, and each is called', () => {
    const store = useStore.getState();
    const resets = (Object.keys(store) as (keyof State)[]).filter((k) => /^reset[A-Z]/.test(k));
    expect(resets.sort()).toEqual(
      [
        'resetCodebook',
        'resetCoding',
        'resetCodingSelect',
        'resetDocuments',
        'resetImport',
        'resetNotifications',
        'resetProject',
        'resetProjectFile',
        'resetPseudonymise',
        'resetRetrieval',
        'resetSearch',
        'resetSurvey',
        'resetTables',
        'resetAgreement',
      ].sort(),
    );
    const called: string[] = [];
    const spied = Object.fromEntries(
      resets.map((name) => [name, () => void called.push(name)]),
    ) as unknown as State;
    resetForProjectChange({ ...store, ...spied });
    expect(called.sort()).toEqual([...resets].sort());
    expect(initialCodingState.selection).toBeNull();
    expect(initialTablesState.tableShown).toBeNull();
  });

  it('opening another project clears the query, results, selection, search and tables of the first', async () => {
    useStore.setState({
      project: {
        path: '/tmp/A.kvalkod',
        name: 'A',
        schemaVersion: 3,
        damagedDocuments: [],
        readOnly: false,
      },
      view: 'retrieval',
      retrievalQuery: { ...initialRetrievalState.retrievalQuery, all: [17] },
      retrieved: [],
      retrievedFor: initialRetrievalState.retrievalQuery,
      selection: { start: 3, end: 9 },
      searchQuery: 'lokaler',
      searchedFor: 'lokaler',
      searchPage: { total: 0, documents: [], offset: 0, hits: [] },
      tableShown: { title: 'A' } as State['tableShown'],
      notices: [{ id: 1, code: 'internal', params: {}, message: 'from A' }],
    });
    await useStore.getState().showProject(B);
    const s = useStore.getState();
    expect(s.project).toEqual(B);
    expect(s.view).toBe('documents');
    expect(s.retrievalQuery.all).toEqual([]);
    expect(s.retrieved).toBeNull();
    expect(s.selection).toBeNull();
    expect(s.searchQuery).toBe(initialSearchState.searchQuery);
    expect(s.searchPage).toBeNull();
    expect(s.tableShown).toBeNull();
    expect(s.notices).toEqual([]);
  });

  it('an answer that belongs to the project before is dropped when it arrives after the change', async () => {
    useStore.setState({
      project: {
        path: '/tmp/A.kvalkod',
        name: 'A',
        schemaVersion: 3,
        damagedDocuments: [],
        readOnly: false,
      },
    });
    answer = (method) =>
      method === 'segments.retrieve'
        ? later([{ id: 1, documentId: 5 }], 30)
        : method === 'search.page'
          ? later({ total: 1, documents: [], offset: 0, hits: [] }, 30)
          : method === 'tables.compute'
            ? later({ title: 'A' }, 30)
            : emptyProject(method);
    const pending = [
      useStore.getState().runRetrieval(),
      useStore.getState().runSearch('lokaler'),
      useStore.getState().computeTable(),
    ];
    await useStore.getState().closeProject();
    await Promise.all(pending);
    const s = useStore.getState();
    expect(s.project).toBeNull();
    expect(s.retrieved).toBeNull();
    expect(s.retrieving).toBe(false);
    expect(s.searchPage).toBeNull();
    expect(s.searching).toBe(false);
    expect(s.tableShown).toBeNull();
    expect(s.tableComputing).toBe(false);
  });
});
