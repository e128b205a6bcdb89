// Pseudonymisation: the scan and the copy as jobs, review decisions and never-propose words (each
// one undo step). Validation is the contract's; the work is in electron/pseudonymise and db/.
import { resolve } from 'node:path';
import { cancelJob, checkCancelled, jobState, startJob } from '../pseudonymise/jobs';
import { message } from '../../shared/messages';
import { changed } from './coding-checks';
import { requireProject } from './context';
import type { HandlerGroup } from './registry';

const tick = () => new Promise((r) => setImmediate(r));
// The scanner carries libphonenumber-js's metadata (a third of the Node bundle): loaded on the
// first scan or copy, so that every other command and the CLI start without it.
const scanner = () => import('../pseudonymise/scan');
const copier = () => import('../pseudonymise/apply');

export const pseudonymiseHandlers: HandlerGroup = {
  'pseudonymise.scan': async (_input, ctx) => {
    const project = requireProject(ctx);
    const { scanProject } = await scanner();
    const jobId = startJob(async (signal, progress) => ({
      scan: await scanProject(project, async (done, total) => {
        checkCancelled(signal);
        progress('scan', done, total, null);
        await tick();
      }),
      report: null,
      path: null,
    }));
    return { jobId };
  },

  'pseudonymise.apply': async ({ out, key, acceptAll, map }, ctx) => {
    const project = requireProject(ctx);
    const { applyPseudonyms, checkPaths } = await copier();
    checkPaths(project, resolve(out), resolve(key));
    const jobId = startJob(async (signal, progress) => {
      const { report, path } = await applyPseudonyms(
        project,
        { out, key, acceptAll, ...(map ? { map } : {}) },
        signal,
        progress,
      );
      return { scan: null, report, path };
    });
    return { jobId };
  },

  'pseudonymise.job': ({ jobId }) => jobState(jobId),
  'pseudonymise.cancel': ({ jobId }) => {
    cancelJob(jobId);
    return null;
  },

  'pseudonymise.decide': ({ items }, ctx) => {
    const project = requireProject(ctx);
    const q = project.pseudonyms;
    const first = items[0]?.text ?? '';
    const what =
      items.length === 1
        ? message('pseudonymDecided', { text: first })
        : message('pseudonymDecidedMany', { count: items.length });
    project.history.record({ action: 'pseudonymise.decide', message: what }, (rec) => {
      for (const item of items) {
        const saved = q.decision(item.text);
        q.saveDecision(rec, {
          text: item.text,
          kind: item.kind,
          status: item.status ?? saved?.status ?? 'pending',
          replacement:
            item.replacement === undefined ? (saved?.replacement ?? null) : item.replacement,
          mergedInto: item.mergedInto === undefined ? (saved?.mergedInto ?? null) : item.mergedInto,
          added: item.added ?? saved?.added ?? false,
        });
      }
    });
    return changed(project, q.decisions());
  },

  'pseudonymise.decisions': (_input, ctx) => {
    const q = requireProject(ctx).pseudonyms;
    return { decisions: q.decisions(), stopWords: q.stopWords() };
  },

  'pseudonymise.forget': ({ texts }, ctx) => {
    const project = requireProject(ctx);
    const what =
      texts.length === 1
        ? message('pseudonymUndecided', { text: texts[0] ?? '' })
        : message('pseudonymUndecidedMany', { count: texts.length });
    const n = project.history.record({ action: 'pseudonymise.forget', message: what }, (rec) =>
      texts.reduce((k, t) => k + (project.pseudonyms.removeDecision(rec, t) ? 1 : 0), 0),
    );
    return changed(project, n);
  },

  'pseudonymise.stopWord': ({ word, add }, ctx) => {
    const project = requireProject(ctx);
    const q = project.pseudonyms;
    project.history.record(
      {
        action: 'pseudonymise.stopWord',
        message: message(add ? 'pseudonymStopWord' : 'pseudonymStopWordRemoved', { word }),
      },
      (rec) => (add ? q.addStopWord(rec, word) : q.removeStopWord(rec, word)),
    );
    return changed(project, q.stopWords());
  },
};
