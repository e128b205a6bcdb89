import { describe, expect, it } from 'vitest';
import {
  mappingFromRoles,
  roleIssues,
  rolesFromMapping,
  setGroup,
  setRole,
} from '../../../renderer/components/survey/roles';
import type { SurveyMapping } from '../../../shared/survey/types';

const HEADER = ['Nr', 'Roll', 'Längst 1', 'Längst 2', 'Längst 3', 'Skillnad', '', 'X', 'X'];
const MAPPING: SurveyMapping = {
  idColumn: 'Nr',
  attributes: ['Roll'],
  ranked: [{ name: 'Längst', columns: ['Längst 1', 'Längst 2', 'Längst 3'] }],
  text: ['Skillnad'],
};

describe('roles of the columns', () => {
  const roles = rolesFromMapping(HEADER, MAPPING);

  it('come from the mapping, blank and repeated headers locked out', () => {
    expect(roles.map((r) => [r.column, r.role, r.group, r.locked])).toEqual([
      ['Nr', 'id', '', null],
      ['Roll', 'attribute', '', null],
      ['Längst 1', 'ranked', 'Längst', null],
      ['Längst 2', 'ranked', 'Längst', null],
      ['Längst 3', 'ranked', 'Längst', null],
      ['Skillnad', 'text', '', null],
      ['', 'ignore', '', 'blank'],
      ['X', 'ignore', '', 'repeated'],
      ['X', 'ignore', '', 'repeated'],
    ]);
  });

  it('give the mapping back', () => {
    expect(mappingFromRoles(roles)).toEqual(MAPPING);
  });

  it.each<[string, (r: typeof roles) => typeof roles, Partial<SurveyMapping>]>([
    [
      'a new ID makes the old one unused',
      (r) => setRole(r, 'Roll', 'id'),
      { idColumn: 'Roll', attributes: [] },
    ],
    [
      'an open question becomes an attribute',
      (r) => setRole(r, 'Skillnad', 'attribute'),
      { attributes: ['Roll', 'Skillnad'], text: [] },
    ],
    [
      'a column joins a ranked group by its name, alternatives in header number order',
      (r) =>
        setRole(setGroup(setRole(r, 'Längst 1', 'ignore'), 'Längst 1', ''), 'Längst 1', 'ranked'),
      { ranked: [{ name: 'Längst', columns: ['Längst 1', 'Längst 2', 'Längst 3'] }] },
    ],
    [
      'renaming one column splits the group, names compared without case',
      (r) => setGroup(setGroup(r, 'Längst 3', 'Tredje'), 'Längst 2', 'LÄNGST'),
      {
        ranked: [
          { name: 'Längst', columns: ['Längst 1', 'Längst 2'] },
          { name: 'Tredje', columns: ['Längst 3'] },
        ],
      },
    ],
  ])('%s', (_, change, expected) => {
    expect(mappingFromRoles(change(roles))).toEqual({ ...MAPPING, ...expected });
  });

  it.each<[string, (r: typeof roles) => typeof roles, string[], unknown[]]>([
    ['nothing to fix', (r) => r, [], []],
    ['no ID', (r) => setRole(r, 'Nr', 'ignore'), [], [{ key: 'noId' }]],
    [
      'a ranked column without a name',
      (r) => setGroup(r, 'Längst 2', ' '),
      [],
      [{ key: 'noGroupName', column: 'Längst 2' }],
    ],
    ['a name the project has', (r) => r, ['längst'], [{ key: 'questionExists', name: 'Längst' }]],
    [
      'two questions of one name',
      (r) => setGroup(r, 'Längst 1', 'Skillnad'),
      [],
      [{ key: 'sameName', name: 'Skillnad' }],
    ],
  ])('issues: %s', (_, change, existing, expected) => {
    expect(roleIssues(change(roles), existing)).toEqual(expected);
  });
});
