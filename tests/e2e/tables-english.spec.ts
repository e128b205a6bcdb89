// English tables get English titles: a table computed while the window is English (chosen before
// the table is made, not switched afterwards) is titled "Områden by Bedömning", on screen and in
// the chart, with no Swedish word of the engine's ("efter", "Samtliga").
import { expect, test } from './app-fixture';
import { openExample } from './page-helpers';
import { codeExample } from './table-helpers';

test('a table computed in an English window has an English title', async ({ page, app }) => {
  await openExample(page, app);
  await codeExample(page, app);
  await page.reload();
  await page.getByLabel('Språk').selectOption('en');
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: 'Tables' })
    .click();
  await page.getByLabel('Rows', { exact: true }).selectOption('Områden');
  await page.getByLabel('Columns', { exact: true }).selectOption('Bedömning');
  const table = page.getByRole('table');
  await expect(table.locator('caption')).toContainText('Områden by Bedömning');
  await expect(table.locator('caption')).not.toContainText('efter');
  await page.getByLabel('Split by', { exact: true }).selectOption('Grupp');
  await expect(table.locator('caption')).toContainText('Områden by Bedömning, split by Grupp');
  await expect(table.locator('thead th.block-head').first()).toContainText('All');
});
