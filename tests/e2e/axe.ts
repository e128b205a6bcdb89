// Accessibility check for end-to-end specs: axe-core (the devDependency's axe.min.js, injected
// with page.addScriptTag: @axe-core/playwright needs Node 22) run on the page as it is shown.
// A spec calls expectAccessible(page, 'what is on screen') on every view it opens.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { expect } from './app-fixture';

const require = createRequire(import.meta.url);
const AXE_PATH = require.resolve('axe-core/axe.min.js');
const AXE_URL = '/__e2e__/axe.min.js';

/** Only what axe knows to be a failure (not "needs review"), as one line per rule and node. */
interface Finding {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** axe-core's findings on the page as shown now, every impact, worst first. */
export async function axeFindings(page: Page): Promise<Finding[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) {
    // The app's CSP allows scripts from its own origin only (no inline script): serve axe from a
    // path of that origin to this page alone, so the check runs under the app's real policy.
    const url = new URL(AXE_URL, page.url()).href;
    await page.route(url, (route) =>
      route.fulfill({ body: readFileSync(AXE_PATH), contentType: 'text/javascript' }),
    );
    await page.addScriptTag({ url });
  }
  return page.evaluate(async () => {
    const order = ['critical', 'serious', 'moderate', 'minor'];
    // The test runs in the page, where axe is a global set by the script tag.
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: unknown,
            opts: unknown,
          ) => Promise<{
            violations: {
              id: string;
              impact: string | null;
              help: string;
              nodes: { target: unknown[] }[];
            }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => n.target.map(String).join(' ')),
      }))
      .sort((a, b) => order.indexOf(a.impact ?? '') - order.indexOf(b.impact ?? ''));
  });
}

/**
 * Fails when axe finds anything critical or serious on the page as shown, naming the view, the
 * rule and the elements. Moderate and minor findings are returned for the spec to judge.
 */
export async function expectAccessible(page: Page, view: string): Promise<Finding[]> {
  const findings = await axeFindings(page);
  const grave = findings.filter((f) => f.impact === 'critical' || f.impact === 'serious');
  const described = grave.map((f) => `${f.impact} ${f.id} (${f.help}): ${f.nodes.join(', ')}`);
  expect(described, `axe-core on ${view}`).toEqual([]);
  return findings.filter((f) => !grave.includes(f));
}
