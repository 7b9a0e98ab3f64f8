// Small, reusable moves a person makes in the workbench, for the UI tests.

export async function openWorkbench(page, url) {
  await page.goto(url);
  await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
  await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60_000 });
}

/** F1, type the command's title, Enter. The remote extension host registers its extensions a few
 *  seconds after the workbench shows, so an unknown command is retried for a while first. */
export async function runCommand(page, title) {
  const input = page.locator('.quick-input-widget:visible input');
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
  for (let attempt = 0; ; attempt++) {
    await page.keyboard.press('F1');
    await input.waitFor({ timeout: 10_000 });
    await input.fill(`>${title}`);
    if (await row.waitFor({ timeout: 3000 }).then(() => true, () => false)) break;
    if (attempt >= 10) throw new Error(`command not found in the palette: ${title}`);
    await page.keyboard.press('Escape');
    await page.waitForTimeout(1000);
  }
  await page.keyboard.press('Enter');
}

/** Clicks a row in the Explorer: a folder expands; a file opens and shows `expectText`. */
export async function openFileFromExplorer(page, name, expectText) {
  const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: name }).first();
  await row.waitFor({ timeout: 30_000 });
  const isFolder = (await row.getAttribute('aria-expanded')) !== null;
  if (isFolder) {
    if ((await row.getAttribute('aria-expanded')) !== 'true') await row.click();
    return;
  }
  await row.click();
  await page.waitForSelector(`.editor-instance .view-lines:has-text("${expectText}")`, { timeout: 30_000 });
}

/** Where `word` is on screen in the first visible editor line holding it, or null. */
async function wordPosition(page, word) {
  const line = page.locator('.editor-instance .view-line', { hasText: word }).first();
  const box = await line.boundingBox().catch(() => null);
  const pos = await line.evaluate((el, w) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = n.textContent.indexOf(w);
      if (at >= 0) { const r = document.createRange(); r.setStart(n, at); r.setEnd(n, at + w.length); const b = r.getBoundingClientRect(); return { x: b.x + b.width / 2, y: b.y + b.height / 2 }; }
    }
    return null;
  }, word).catch(() => null);
  return box && pos;
}

/** Rests the mouse on `word` long enough for any hover to show; true when none containing `text` did. */
export async function noHoverOn(page, word, text) {
  const pos = await wordPosition(page, word);
  if (!pos) throw new Error(`"${word}" is not on screen`);
  await page.mouse.move(pos.x - 30, pos.y + 80);
  await page.mouse.move(pos.x, pos.y, { steps: 4 });
  await page.waitForTimeout(3000);
  return (await page.locator('.monaco-hover:visible', { hasText: text }).count()) === 0;
}

/** Moves the mouse onto `word` in the first visible editor line holding it and waits for a hover containing `expect`. */
export async function hoverWord(page, word, expect) {
  const hover = page.locator('.monaco-hover:visible', { hasText: expect });
  // The mouse first, as a person would; a busy machine can drop a mouse hover, so after a few tries
  // the keyboard's Show Hover (Ctrl+K Ctrl+I) on the word under the cursor, which does not depend on timing.
  for (let i = 0; i < 12 && !(await hover.count()); i++) {
    const pos = await wordPosition(page, word);
    if (!pos) { await page.waitForTimeout(300); continue; }
    if (i % 3 === 2) {
      await page.mouse.click(pos.x, pos.y);
      await page.keyboard.press('Control+K');
      await page.keyboard.press('Control+I');
    } else {
      await page.mouse.move(pos.x - 30, pos.y + 80);
      await page.mouse.move(pos.x, pos.y, { steps: 4 });
    }
    await hover.first().waitFor({ timeout: 2500 }).catch(() => {});
  }
  if (!(await hover.count())) {
    const shown = await page.locator('.monaco-hover:visible').allInnerTexts().catch(() => []);
    const pos = await wordPosition(page, word);
    throw new Error(`no hover with "${expect}" over "${word}" (word ${pos ? `at ${Math.round(pos.x)},${Math.round(pos.y)}` : 'not on screen'}; hovers shown: ${JSON.stringify(shown.map((t) => t.slice(0, 80)))})`);
  }
  return (await hover.first().innerText()).trim();
}

export async function openSidebar(page) {
  // With one view the sidebar title reads "Mentorship Prep: <view>"; with several, each has a pane header.
  const title = page.locator('.sidebar .composite.title', { hasText: 'Mentorship Prep' }).first();
  // Clicking the icon of the container already shown would hide the sidebar.
  if (!(await title.isVisible().catch(() => false))) {
    await page.locator('.activitybar .action-item a[aria-label^="Mentorship Prep"], .activitybar [aria-label^="Mentorship Prep"]').first().click();
  }
  await title.waitFor({ timeout: 15_000 });
}

/** Opens the sidebar with the Vocabulary view given the room: the checklist and the Leaders view
 *  above it folded (the list renders only the rows that fit). */
export async function showVocabularyView(page) {
  await openSidebar(page);
  for (const name of ['Prep Checklist', 'Leaders']) {
    const above = page.locator('.pane-header', { hasText: name }).first();
    if ((await above.getAttribute('aria-expanded')) === 'true') await above.click();
  }
  const header = page.locator('.pane-header', { hasText: 'Vocabulary' }).first();
  await header.waitFor({ timeout: 10_000 });
  if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
}

/** Developer: Reload Window, as a person would do it: unlike a bare page reload it runs the
 *  workbench's shutdown, which saves the open editors (a webview panel to restore among them). */
export async function reloadWindow(page) {
  const navigated = page.waitForEvent('framenavigated', { predicate: (f) => f === page.mainFrame(), timeout: 60_000 });
  await runCommand(page, 'Developer: Reload Window');
  await navigated;
  await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
}

/** Waits until `condition()` (async) holds, checking every 200 ms; throws `message` after `timeout`. */
export async function waitUntil(condition, message, timeout = 10_000) {
  const until = Date.now() + timeout;
  for (;;) {
    if (await condition().catch(() => false)) return;
    if (Date.now() > until) throw new Error(`timed out after ${timeout} ms: ${message}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
