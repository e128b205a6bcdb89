// Issue 11, item 3: no two filters or axes carry the same label. An attribute named like a code
// group ("Områden") is offered as its own axis, labelled apart from the group, and can be chosen.
import { describe, expect, it } from 'vitest';
import { axisLabel } from '../../../shared/tables/axes';
import { codingProject } from '../db/coding-fixture';

const fold = (s: string) => s.trim().toLocaleLowerCase('sv');
const words = (name: string) => `${name} (egenskap)`;

describe('axis labels', () => {
  it.each([
    ['Områden', 'Områden'],
    ['attribute:Områden', 'Områden (egenskap)'],
    ['Grupp', 'Grupp'],
  ])('%s is shown as %s', (name, label) => {
    expect(axisLabel(name, words)).toBe(label);
  });

  it('an attribute and a code group of one name are two axes with two labels', async () => {
    const f = await codingProject();
    await f.call('attributes.create', { name: 'områden', type: 'category', multiple: false });
    await f.call('attributes.setValues', {
      documentIds: [f.docId(0)],
      attribute: 'områden',
      values: ['Norr'],
    });
    await f.call('attributes.setValues', {
      documentIds: [f.docId(1)],
      attribute: 'områden',
      values: ['Söder'],
    });
    const axes = await f.call('tables.axes', {});
    const labels = axes.map((a) => fold(axisLabel(a.name, words)));
    expect(new Set(labels).size).toBe(labels.length);
    expect(new Set(axes.map((a) => a.name)).size).toBe(axes.length);

    const attribute = axes.find((a) => a.name === 'attribute:områden');
    expect(attribute?.values.map((v) => v.key)).toEqual(['Norr', 'Söder']);
    // Chosen, it is the attribute, not the group; as a filter it goes by the attribute's name.
    const t = await f.call('tables.compute', {
      rows: attribute?.name ?? '',
      unit: 'interviews',
      filters: [{ name: 'områden', values: ['Norr'] }],
    });
    expect(t.rows.map((r) => r.key)).toEqual(['Norr', 'Söder', 'total']);
    expect(t.base).toBe(1);
    const group = await f.call('tables.compute', { rows: 'Områden', unit: 'interviews' });
    expect(group.rows.map((r) => r.key)).toContain('13');
    await f.close();
  });

  it('two parent codes of one name are two axes, each named by its path', async () => {
    const f = await codingProject();
    const top = (group: string) => {
      const c = f.codes().find((x) => x.parentId === null && x.group === group);
      if (!c) throw new Error(`no group ${group}`);
      return c;
    };
    const made: number[] = [];
    for (const [group, child] of [
      ['assessments', 'Oklart'],
      ['themes', 'Annat tema'],
    ] as const) {
      await f.call('codes.create', { parentId: top(group).id, name: 'Övrigt' });
      const parent = f.codes().find((c) => c.name === 'Övrigt' && c.parentId === top(group).id);
      if (!parent) throw new Error('no Övrigt');
      made.push(parent.id);
      await f.call('codes.create', { parentId: parent.id, name: child });
    }
    const axes = await f.call('tables.axes', {});
    const labels = axes.map((a) => fold(axisLabel(a.name, words)));
    expect(new Set(labels).size).toBe(labels.length);
    const others = axes.filter((a) => a.kind === 'code' && a.name.includes('Övrigt'));
    expect(others.map((a) => a.name)).toEqual(['Bedömning › Övrigt', 'Teman › Övrigt']);
    const rows = [];
    for (const a of others) {
      const t = await f.call('tables.compute', { rows: a.name, unit: 'interviews' });
      rows.push(t.rows.map((r) => r.key));
    }
    expect(rows).toEqual([
      ['Oklart', 'none', 'total'],
      ['Annat tema', 'none', 'total'],
    ]);
    await f.close();
  });
});
