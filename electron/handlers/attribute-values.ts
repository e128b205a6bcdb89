// The values of a category attribute: list them with their use, rename one or merge it into
// another ("Chefer_lo" -> "Chefer"), remove an unused one. Each change is one undo step.
import { ApiError } from '../../shared/api/errors';
import { message } from '../../shared/messages';
import { attributeNamed } from './attributes';
import { requireProject } from './context';
import type { HandlerGroup } from './registry';

function categoryNamed(...args: Parameters<typeof attributeNamed>) {
  const attribute = attributeNamed(...args);
  if (attribute.type !== 'category')
    throw new ApiError(
      'value_not_category',
      `${attribute.name} is not a category: its values are written freely.`,
      { field: 'attribute', attribute: attribute.name },
    );
  return attribute;
}

export const attributeValueHandlers: HandlerGroup = {
  'attributes.values': ({ attribute }, ctx) => {
    const project = requireProject(ctx);
    return project.attributeEdits.uses(attributeNamed(project, attribute).id);
  },

  'attributes.renameValue': ({ attribute, from, to }, ctx) => {
    const project = requireProject(ctx);
    const a = categoryNamed(project, attribute);
    const uses = project.attributeEdits.uses(a.id);
    if (!uses.some((u) => u.value === from))
      throw new ApiError('value_missing', `${a.name} has no value "${from}".`, {
        field: 'from',
        attribute: a.name,
        value: from,
      });
    const merged = uses.some((u) => u.value === to);
    const what = merged
      ? message('attributeValueMerged', { attribute: a.name, from, into: to })
      : message('attributeValueRenamed', { attribute: a.name, from, to });
    if (from === to) return { merged: false, documents: 0 };
    const documents = project.history.record(
      { action: 'attributes.renameValue', message: what },
      (rec) => project.attributeEdits.renameValue(rec, a.id, from, to),
    );
    return { merged, documents };
  },

  'attributes.removeValue': ({ attribute, value }, ctx) => {
    const project = requireProject(ctx);
    const a = categoryNamed(project, attribute);
    const use = project.attributeEdits.uses(a.id).find((u) => u.value === value);
    if (!use)
      throw new ApiError('value_missing', `${a.name} has no value "${value}".`, {
        field: 'value',
        attribute: a.name,
        value,
      });
    if (use.documents + use.respondents + use.cases > 0)
      throw new ApiError(
        'value_in_use',
        `"${value}" of ${a.name} is still in use and cannot be removed; rename it or merge it into another value instead.`,
        {
          field: 'value',
          attribute: a.name,
          value,
          count: use.documents + use.respondents + use.cases,
        },
      );
    project.history.record(
      {
        action: 'attributes.removeValue',
        message: message('attributeValueRemoved', { attribute: a.name, value }),
      },
      (rec) => project.attributeEdits.removeChoice(rec, a.id, value),
    );
    return null;
  },
};
