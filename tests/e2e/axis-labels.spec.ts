// Issue 11, item 3: no two choices carry the same label. An attribute named like a code group is
// listed apart ("Områden (egenskap)") in Tabeller's axis lists, and choosing it gives its values.
import { expect, test } from './app-fixture';
import { call, openExample } from './page-helpers';
import { codeExample, nav } from './table-helpers';

const SHOTS = 'test-results/screenshots';

test('an attribute named like a code group is its own axis, labelled apart', async ({
  page,
  app,
}) => {
  test.setTimeout(180_000);
  await openExample(page, app);
  await codeExample(page, app);
  const docs = await call<{ id: number; name: string }[]>(page.request, app, 'documents.list');
  await call(page.request, app, 'attributes.create', { name: 'Områden', type: 'category' });
  const half = Math.ceil(docs.length / 2);
  for (const [i, d] of docs.entries())
    await call(page.request, app, 'attributes.setValues', {
      documentIds: [d.id],
      attribute: 'Områden',
      values: [i < half ? 'Norr' : 'Söder'],
    });
  await page.reload();
  await nav(page, 'Tabeller').click();

  const rows = page.getByLabel('Rader', { exact: true });
  const labels = await rows.locator('option').allTextContents();
  expect(new Set(labels).size).toBe(labels.length);
  expect(labels).toContain('Områden');
  expect(labels).toContain('Områden (egenskap)');

  await rows.selectOption({ label: 'Områden (egenskap)' });
  await page.getByLabel('Kolumner', { exact: true }).selectOption({ label: 'Bedömning' });
  await page.getByLabel('Enhet', { exact: true }).selectOption('interviews');
  const table = page.getByRole('table');
  await expect(table.getByRole('rowheader', { name: 'Norr' })).toBeVisible();
  await expect(table.getByRole('rowheader', { name: 'Söder' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/axis-labels-attribute.png` });

  // The group is still the group.
  await rows.selectOption({ label: 'Områden' });
  await expect(table.getByRole('rowheader', { name: 'Norr' })).toHaveCount(0);
});
