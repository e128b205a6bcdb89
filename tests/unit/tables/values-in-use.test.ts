// Issue 11, item 3: a value no document uses any more (typed once, then changed back) is not
// offered on the table axes, so no table shows an empty row for it.
import { describe, expect, it } from 'vitest';
import { codingProject } from '../db/coding-fixture';

describe('attribute values in use', () => {
  it('an axis offers only values some document has', async () => {
    const f = await codingProject();
    const doc = f.docId(0);
    const before = (await f.call('documents.list', {})).find((d) => d.id === doc);
    const grupp = before?.attributes.Grupp;
    await f.call('attributes.setValues', {
      documentIds: [doc],
      attribute: 'Grupp',
      values: ['Chefer_lo'],
    });
    const typo = (await f.call('tables.axes', {})).find((a) => a.name === 'Grupp');
    expect(typo?.values.map((v) => v.key)).toContain('Chefer_lo');
    await f.call('attributes.setValues', {
      documentIds: [doc],
      attribute: 'Grupp',
      values: typeof grupp === 'string' ? [grupp] : (grupp ?? []),
    });
    const axis = (await f.call('tables.axes', {})).find((a) => a.name === 'Grupp');
    expect(axis?.values.map((v) => v.key)).toEqual(['Medarbetare', 'Chefer']);
    await f.close();
  });
});
