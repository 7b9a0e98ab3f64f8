// UI tests a person would do, in the real workbench served by code-server (Node extension host).
import assert from 'node:assert/strict';
import path from 'node:path';
import { openWorkbench, runCommand, openSidebar } from './workbench.mjs';

export const uiTests = [
  {
    name: 'activity bar opens the Mentorship Prep sidebar with its welcome content',
    async run({ page, url, outDir }) {
      await openWorkbench(page, url);
      await openSidebar(page);
      const welcome = page.locator('.welcome-view-content', { hasText: 'Get Started' }).first();
      await welcome.waitFor({ timeout: 15_000 });
      await page.screenshot({ path: path.join(outDir, 'sidebar-welcome.png') });
    },
  },
  {
    name: 'F1 → Mentorship Prep: Show Getting Started opens the walkthrough',
    async run({ page, url, outDir }) {
      await openWorkbench(page, url);
      await runCommand(page, 'Mentorship Prep: Show Getting Started');
      const title = page.locator('.gettingStartedContainer :text("Prepare your mentorship ask")').first();
      await title.waitFor({ timeout: 20_000 });
      assert.ok(await title.isVisible());
      await page.screenshot({ path: path.join(outDir, 'walkthrough.png') });
    },
  },
];
