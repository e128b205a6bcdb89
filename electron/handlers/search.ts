// Full-text search (every hit counted, a page at a time) and autocode (the chosen hits widened,
// previewed with what each passage will do, then coded in one undo step): electron/search/.
import { applyPlan, countPlan, planAutocode } from '../search/autocode';
import { firstHits, searchPage } from '../search/hits';
import { message } from '../../shared/messages';
import { changed, codeLabel, requireCodable } from './coding-checks';
import { requireProject } from './context';
import type { HandlerGroup } from './registry';

export const searchHandlers: HandlerGroup = {
  'search.text': ({ query, limit, documentIds }, ctx) =>
    firstHits(requireProject(ctx), query, limit, documentIds),

  'search.page': ({ query, offset, limit }, ctx) =>
    searchPage(requireProject(ctx), query, offset, limit),

  'autocode.preview': ({ offset, limit, ...req }, ctx) => {
    const project = requireProject(ctx);
    if (req.codeId !== null) requireCodable(project, [req.codeId], 'codeId');
    const plan = planAutocode(project, req);
    const page = plan.slice(offset, offset + limit).map((p) => {
      const text = project.search.text(p.documentId) ?? '';
      return {
        documentId: p.documentId,
        document: p.document,
        start: p.start,
        end: p.end,
        outcome: p.outcome,
        text: text.slice(p.start, p.end),
        hits: p.hits.map((h) => ({ start: h.start, end: h.end })),
      };
    });
    return { ...countPlan(plan), offset, page };
  },

  'autocode.apply': (req, ctx) => {
    const project = requireProject(ctx);
    const [code] = requireCodable(project, [req.codeId], 'codeId');
    if (!code) throw new Error('requireCodable returned nothing');
    const plan = planAutocode(project, req);
    const counts = countPlan(plan);
    const coded = counts.created + counts.extended;
    const what = message('autocoded', { count: coded, code: codeLabel(code) });
    if (coded > 0)
      project.history.record({ action: 'autocode.apply', message: what }, (rec) =>
        applyPlan(project, rec, code, plan),
      );
    return changed(project, counts);
  },
};
