// The German UI: code-server started with --locale de (see run.mjs, `node test/node-host/run.mjs
// german`). The workbench's own strings stay English (no language pack offline); what is checked is
// the extension's: the checklist view (phases, steps, descriptions, tooltips, checkboxes, title) and
// the Prep Builder webview (labels, buttons, placeholders, hints, options, status, validation).
// Nothing there may read like one of the extension's English messages, except the few words German
// uses as they are (test/l10n/same-in-german.json).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { openWorkbench, runCommand, openSidebar } from './workbench.mjs';

const readJson = (root, file) => JSON.parse(fs.readFileSync(path.join(root, file), 'utf8'));
const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The extension's English messages (runtime bundle and manifest) as matchers: a text is English
 *  when it is one of them, {n} standing for anything; messages of three words or more also count
 *  when they sit inside a longer text (an aria-label joining label and description). */
function englishMatchers(root) {
  const same = new Set(readJson(root, 'test/l10n/same-in-german.json').same);
  const messages = new Set([...Object.values(readJson(root, 'l10n/bundle.l10n.json')), ...Object.values(readJson(root, 'package.nls.json'))]);
  return [...messages]
    .filter((m) => !same.has(m) && /\p{L}{2,}/u.test(m.replace(/\{\d+\}/g, '')))
    .map((m) => {
      const body = m.split(/\{\d+\}/).map(escapeRe).join('[\\s\\S]+?');
      const long = m.replace(/\{\d+\}/g, '').trim().split(/\s+/).length >= 3;
      return { message: m, re: new RegExp(long ? body : `^${body}$`) };
    });
}

function englishIn(texts, matchers) {
  const found = [];
  for (const text of new Set(texts.map((t) => t.trim()).filter(Boolean))) {
    const hit = matchers.find((m) => m.re.test(text));
    if (hit) found.push(`${JSON.stringify(text)} (English: ${JSON.stringify(hit.message)})`);
  }
  return found;
}

/** Every text node and label-like attribute under the element, skipping `skip` (the previewed
 *  document and the rehearsal cards: the generated doc is written in English by design). Runs in
 *  the page, through locator.evaluate. */
function collectTexts(rootEl, skip) {
  const texts = [];
  const walk = (el) => {
    if (skip && el.matches?.(skip)) return;
    for (const a of ['aria-label', 'title', 'placeholder', 'alt', 'aria-description']) {
      const v = el.getAttribute?.(a);
      if (v) texts.push(v);
    }
    for (const child of el.childNodes) {
      if (child.nodeType === 3 /* text */) texts.push(child.textContent ?? '');
      else if (child.nodeType === 1 /* element */) walk(child);
    }
  };
  walk(rootEl);
  return texts;
}

export const germanUiTests = [
  {
    name: 'in German, the checklist view shows its phases, steps, descriptions and tooltips in German and no English label',
    async run({ page, url, outDir, root }) {
      const de = readJson(root, 'l10n/bundle.l10n.de.json');
      const nlsDe = readJson(root, 'package.nls.de.json');
      const matchers = englishMatchers(root);
      await openWorkbench(page, url);
      await openSidebar(page);
      const header = page.locator('.pane-header', { hasText: nlsDe['view.checklist.name'] }).first();
      await header.waitFor({ timeout: 15_000 });
      if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
      const phases = ['Before the meeting', 'The meeting', 'After the meeting'].map((p) => de[p]);
      await page.locator('.monaco-list-row', { hasText: phases[0] }).first().waitFor({ timeout: 20_000 });
      // The pane is a virtual list: scroll through it, collecting what each screenful shows.
      const pane = page.locator('.pane', { has: header }).first();
      const body = pane.locator('.pane-body').first();
      const texts = [];
      const labels = new Set();
      await body.hover();
      for (let i = 0; i < 8; i++) {
        texts.push(...await body.evaluate(collectTexts, null));
        for (const l of await pane.locator('.monaco-list-row .label-name').allInnerTexts()) labels.add(l.trim());
        await page.mouse.wheel(0, 200);
        await page.waitForTimeout(150);
      }
      texts.push(...await header.evaluate(collectTexts, null));
      for (const p of phases) assert.ok(labels.has(p), `phase "${p}" is shown (rows: ${[...labels].join(' | ')})`);
      const stepTitles = Object.entries(de).filter(([en]) => labels.has(de[en]) && !phases.includes(de[en]));
      assert.ok(stepTitles.length >= 10, `at least 10 German step titles shown, saw: ${[...labels].join(' | ')}`);
      // A step's tooltip.
      await page.mouse.wheel(0, -2000);
      const step = pane.locator('.monaco-list-row', { hasText: de['Pick one concrete challenge their expertise fits'] }).first();
      await step.waitFor({ timeout: 10_000 });
      // Scrolling under the mouse opened other rows' tooltips: move away, then onto this row.
      // The tooltip: the title in bold, then the description.
      const hover = page.locator('.monaco-hover:visible, .workbench-hover:visible', { hasText: de['Specific enough to discuss in a single session.'] }).first();
      for (let i = 0; i < 5 && !(await hover.isVisible()); i++) {
        await page.mouse.move(700, 400);
        await page.keyboard.press('Escape');
        await page.waitForTimeout(300);
        await step.locator('.label-name').hover();
        await hover.waitFor({ timeout: 3000 }).catch(() => {});
      }
      await hover.waitFor({ timeout: 5000 });
      const tooltip = await hover.innerText();
      assert.match(tooltip, new RegExp(escapeRe(de['Pick one concrete challenge their expertise fits'])), `tooltip: ${tooltip}`);
      texts.push(...tooltip.split('\n'));
      await page.screenshot({ path: path.join(outDir, 'checklist-de.png') });
      const english = englishIn(texts, matchers);
      assert.ok(english.length === 0, `English labels in the German checklist view: ${english.join('; ')}`);
    },
  },
  {
    name: 'in German, the guided flow asks whether you say Sie or du to the leader',
    async run({ page, url, outDir, root }) {
      const de = readJson(root, 'l10n/bundle.l10n.de.json');
      const nlsDe = readJson(root, 'package.nls.de.json');
      await openWorkbench(page, url);
      await runCommand(page, `${nlsDe['command.category']}: ${nlsDe['command.generate.title']}`);
      const input = page.locator('.quick-input-widget:visible input');
      const title = page.locator('.quick-input-widget:visible .quick-input-title');
      // A saved profile is offered first: change the answers.
      if (await page.locator('.quick-input-list .monaco-list-row', { hasText: de['Change the answers first…'] }).first().waitFor({ timeout: 5000 }).then(() => true, () => false)) {
        await input.fill(de['Change the answers first…']);
        await page.keyboard.press('Enter');
      }
      await title.filter({ hasText: 'Mentorship Prep' }).first().waitFor({ timeout: 10_000 });
      await input.fill('Jana Weber / Jana');
      await page.keyboard.press('Enter');
      await title.filter({ hasText: de['How are you related to {0}?'].replace('{0}', 'Jana Weber') }).waitFor({ timeout: 10_000 });
      await input.fill(de['Former manager']);
      await page.keyboard.press('Enter');
      await title.filter({ hasText: de['Where does {0} work?'].replace('{0}', 'Jana Weber') }).waitFor({ timeout: 10_000 });
      await input.fill(de['At your company']);
      await page.keyboard.press('Enter');
      await title.filter({ hasText: de['Do you say Sie or du to {0}?'].replace('{0}', 'Jana Weber') }).waitFor({ timeout: 10_000 });
      await page.locator('.quick-input-list .monaco-list-row', { hasText: de['first names, as between colleagues'] }).waitFor({ timeout: 5000 });
      await page.screenshot({ path: path.join(outDir, 'generate-flow-anrede-de.png') });
      await page.keyboard.press('Escape');
    },
  },
  {
    name: 'in German, the Prep Builder shows its labels, buttons, placeholders, options and messages in German and no English label',
    async run({ page, url, outDir, root }) {
      const de = readJson(root, 'l10n/bundle.l10n.de.json');
      const nlsDe = readJson(root, 'package.nls.de.json');
      const matchers = englishMatchers(root);
      await openWorkbench(page, url);
      await runCommand(page, `${nlsDe['command.category']}: ${nlsDe['command.openBuilder.title']}`);
      const frame = page.frameLocator('iframe.webview.ready').first().frameLocator('iframe#active-frame').first();
      await frame.locator('#f-leader-name').waitFor({ timeout: 20_000 });
      await frame.locator('legend', { hasText: de['The leader'] }).waitFor({ timeout: 10_000 });
      assert.equal(await frame.locator('html').getAttribute('lang'), 'de');
      // A validation message, from the core validator in the webview.
      await frame.locator('#f-challenge').fill('');
      await frame.locator('#f-challenge-error', { hasText: 'challenge ist erforderlich' }).waitFor({ timeout: 5000 });
      // German documents say Sie or du: the Builder asks which.
      await frame.locator('label[for="f-leader-anrede"]', { hasText: de['Sie or du'] }).waitFor({ timeout: 5000 });
      const skip = '.preview, .objection, .answer';
      const texts = await frame.locator('body').evaluate(collectTexts, skip);
      await page.screenshot({ path: path.join(outDir, 'builder-de.png') });
      // The rehearsal mode: timer, card controls.
      await frame.locator('#f-challenge').fill('moving billing to event-driven architecture');
      await frame.locator('#tab-rehearse').click();
      await frame.locator('#timer-toggle').waitFor({ timeout: 10_000 });
      await frame.locator('#reveal').waitFor({ timeout: 15_000 }).catch(() => {});
      texts.push(...await frame.locator('body').evaluate(collectTexts, skip));
      await page.screenshot({ path: path.join(outDir, 'builder-rehearse-de.png') });
      for (const label of ['Rehearse', 'Save profile', 'Copy as plain text', 'Full prep doc']) {
        assert.ok(texts.some((t) => t.trim() === de[label]), `the Builder shows "${de[label]}" for "${label}"`);
      }
      const english = englishIn(texts, matchers);
      assert.ok(english.length === 0, `English labels in the German Prep Builder: ${english.join('; ')}`);
    },
  },
];
