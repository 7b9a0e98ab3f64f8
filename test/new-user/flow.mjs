// What a new user does after installing the VSIX, driven in the real workbench (both hosts):
// open the sidebar, generate a prep doc by answering the questions, hover a term, tick a step.
import assert from 'node:assert/strict';
import path from 'node:path';
import { runCommand, openSidebar, hoverWord } from '../node-host/ui/workbench.mjs';

export async function newUserFlow(page, { outDir, prefix }) {
  const shot = (name) => page.screenshot({ path: path.join(outDir, `${prefix}-${name}.png`) });
  await page.waitForSelector('.monaco-workbench', { timeout: 90_000 });

  // 1. The activity bar shows Mentorship Prep; its sidebar lists the prep steps.
  await openSidebar(page);
  await page.locator('.monaco-list-row', { hasText: 'Before the meeting' }).first().waitFor({ timeout: 30_000 });
  await shot('1-sidebar');

  // 2. Generate the prep doc by answering the questions.
  await runCommand(page, 'Mentorship Prep: Generate Prep Doc');
  const input = page.locator('.quick-input-widget:visible input');
  const title = page.locator('.quick-input-widget:visible .quick-input-title');
  const answer = async (expect, text) => {
    await title.filter({ hasText: expect }).waitFor({ timeout: 15_000 });
    if (text !== undefined) await input.fill(text);
    await page.keyboard.press('Enter');
  };
  await answer('Who is the leader', 'Morgan Lee / Morgan');
  await answer('How are you related');
  await answer('Does your manager know');
  await answer('What did Morgan Lee say');
  await answer('What is Morgan Lee known for?', 'scaling event-driven platforms');
  await answer('One decision of');
  await answer('The challenge', 'adopting eventual consistency in checkout');
  await answer('A short name for the challenge');
  await answer('Where their experience meets', 'how your team moved checkout to events');
  await answer('What you bring back', 'a written summary after each session');
  await answer('How often');
  await answer('The culture');
  await answer('Your name', 'Sam Rivera');
  // Asked, not assumed: the role the documents name, the usual one filled in (Enter keeps it).
  await answer('Your role');
  await page.locator('.tabs-container .tab', { hasText: 'prep-morgan-lee.md' }).first().waitFor({ timeout: 20_000 });
  await page.locator('.editor-instance .view-lines', { hasText: 'Mentorship prep: Morgan Lee' }).first().waitFor({ timeout: 15_000 });
  await shot('2-generated');

  // 3. Hover a term in the generated doc: "eventual consistency" from the challenge.
  const hover = await hoverWord(page, 'consistency', 'Eventual Consistency');
  assert.match(hover, /Why it matters to a senior leader/);
  await shot('3-hover');
  await page.keyboard.press('Escape');

  // 4. Tick a step in the sidebar and see the progress change.
  await openSidebar(page);
  const header = page.locator('.pane-header', { hasText: 'Prep Checklist' }).first();
  await header.waitFor({ timeout: 15_000 });
  const progress = () => header.locator('.description').innerText();
  await page.waitForFunction(() => /\d+\/\d+/.test(document.querySelector('.pane-header .description')?.textContent ?? ''), null, { timeout: 15_000 });
  const before = await progress();
  const row = page.locator('.monaco-list-row', { hasText: 'Research the leader' }).first();
  await row.locator('.custom-view-tree-node-item-checkbox, .monaco-custom-toggle').first().click();
  for (let i = 0; i < 50 && (await progress()) === before; i++) await page.waitForTimeout(200);
  const after = await progress();
  assert.equal(Number(after.split('/')[0]), Number(before.split('/')[0]) + 1, `progress ${before} → ${after}`);
  await page.mouse.move(700, 500);
  await shot('4-ticked');
}
