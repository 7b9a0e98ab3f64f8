// The workspace's own wording on the command line: .mentorship/phrases.json overrides a message in
// every document that says it, `--show-ids` shows which ID each sentence has, and a phrase that
// cannot apply is a warning naming its ID while the document still renders.
import * as assert from 'assert';
import { cpSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { assertBuilt, Batch, EXAMPLE_PROFILE, removeDir, runBuilt, tempDir } from './helpers';

const IDS = /⟦([a-z][\w-]*)⟧/g;
const idsIn = (text: string) => [...text.matchAll(IDS)].map((m) => m[1]!);
const count = (text: string, part: string) => text.split(part).length - 1;

suite('CLI: .mentorship/phrases.json and --show-ids (built CLI)', () => {
  let ws: string;
  const phrases = (json: unknown) => writeFileSync(path.join(ws, '.mentorship', 'phrases.json'), typeof json === 'string' ? json : JSON.stringify(json, null, 2));
  // Three at a time: a dozen at once on a busy machine ran past the helper's 30 s per run.
  const batch = new Batch(3);
  const generate = async (...args: string[]) => {
    const r = await batch.run(['generate', '--workspace', ws, ...args]);
    assert.strictEqual(r.code, 0, r.stderr);
    return r;
  };

  suiteSetup(() => {
    assertBuilt();
    ws = tempDir('mp-phrases-');
    mkdirSync(path.join(ws, '.mentorship'));
    cpSync(EXAMPLE_PROFILE, path.join(ws, '.mentorship', 'profile.json'));
  });
  suiteTeardown(() => removeDir(ws));
  setup(() => removeDir(path.join(ws, '.mentorship', 'phrases.json')));

  test('an ID shown by --show-ids, overridden with plain text, is said in every document that uses that message', async function () {
    this.timeout(120_000);
    const templates = (await runBuilt(['templates'])).stdout.split('\n').filter(Boolean).map((l) => l.split(/\s+/)[0]!);
    assert.ok(templates.includes('request-meeting') && templates.includes('prep-doc'), templates.join(', '));
    const shown = new Map<string, string>();
    await Promise.all(templates.map(async (t) => shown.set(t, (await generate('--template', t, '--show-ids')).stdout)));
    const request = shown.get('request-meeting')!;
    const requestIds = idsIn(request);
    assert.ok(requestIds.length > 10, `--show-ids marks the request's messages:\n${request.slice(0, 400)}`);
    // Without --show-ids, not one ID is shown.
    assert.deepStrictEqual(idsIn((await generate('--template', 'request-meeting')).stdout), []);
    // The request's message that the most other documents say; the prep doc's when it says one.
    const usedBy = (id: string) => templates.filter((t) => shown.get(t)!.includes(`⟦${id}⟧`));
    const [id] = [...new Set(requestIds)].sort((a, b) => Number(usedBy(b).includes('prep-doc')) - Number(usedBy(a).includes('prep-doc')) || usedBy(b).length - usedBy(a).length);
    const users = usedBy(id!);
    assert.ok(users.length >= 2, `a message of the request that another document says too (${id}: ${users.join(', ')})`);

    const mine = 'Our own words for this, from phrases.json.';
    phrases({ [id!]: mine });
    const plain = await Promise.all(templates.map((t) => generate('--template', t)));
    for (const [i, t] of templates.entries()) {
      const r = plain[i]!;
      assert.strictEqual(r.stderr.includes('warning'), false, r.stderr);
      assert.strictEqual(count(r.stdout, mine), count(shown.get(t)!, `⟦${id}⟧`), `${t}: the override where ⟦${id}⟧ was shown`);
    }
    const withIds = await generate('--template', 'request-meeting', '--show-ids');
    assert.ok(withIds.stdout.includes(`⟦${id}⟧${mine}`), 'the override keeps its ID with --show-ids');
  });

  test('the prep doc says an override of one of its own messages', async () => {
    const ids = idsIn((await generate('--show-ids')).stdout);
    assert.ok(ids.length > 0, 'the prep doc has messages');
    phrases({ [ids[0]!]: 'A sentence of our own.' });
    const r = await generate();
    assert.ok(r.stdout.includes('A sentence of our own.'), `${ids[0]} overridden in the prep doc`);
  });

  test('an unknown ID, a syntax error and an unknown variable warn on stderr with file, line and ID; the document still renders as built', async () => {
    const built = (await generate('--template', 'request-meeting')).stdout;
    phrases('{\n  "no-such-message": "Hello",\n  "signoff": "Bye { $",\n  "greeting-named": "Hi { $nickname },"\n}\n');
    const r = await generate('--template', 'request-meeting');
    assert.strictEqual(r.stdout, built, 'the built-in words are kept for the phrases that cannot apply');
    const file = path.join(ws, '.mentorship', 'phrases.json');
    assert.ok(r.stderr.includes(`${file}:2: warning: unknown message ID “no-such-message”`), r.stderr);
    assert.ok(r.stderr.includes(`${file}:3: warning: “signoff” is not a valid Fluent message`), r.stderr);
    assert.ok(r.stderr.includes(`${file}:4: warning: “greeting-named” uses $nickname`), r.stderr);
  });

  test('a file that is not JSON warns with its line; the document renders', async () => {
    phrases('{\n  "signoff": "Bye",\n  oops\n}\n');
    const r = await generate('--template', 'thank-you');
    assert.match(r.stderr, /phrases\.json:3: warning: not valid JSON/);
    assert.match(r.stdout, /^# /);
  });

  test('a phrases file that is a link leading out of the workspace is not read', async function () {
    if (process.platform === 'win32') this.skip();
    const outside = tempDir('mp-outside-');
    try {
      writeFileSync(path.join(outside, 'phrases.json'), JSON.stringify({ signoff: 'From outside,' }));
      symlinkSync(path.join(outside, 'phrases.json'), path.join(ws, '.mentorship', 'phrases.json'));
      const r = await generate('--template', 'request-meeting');
      assert.doesNotMatch(r.stdout, /From outside/);
      assert.match(r.stderr, /phrases\.json.*symbolic link that leads outside the workspace/);
    } finally { removeDir(outside); }
  });

  test('outside a workspace (--profile alone) no phrases file is read, and --show-ids still works', async () => {
    phrases({ signoff: 'Workspace words,' });
    const r = await runBuilt(['generate', '--profile', EXAMPLE_PROFILE, '--template', 'request-meeting', '--show-ids'], { cwd: tempDir('mp-nows-') });
    assert.strictEqual(r.code, 0, r.stderr);
    assert.doesNotMatch(r.stdout, /Workspace words/);
    assert.match(r.stdout, /⟦signoff⟧/);
  });
});

suite('CLI: phrases (built CLI)', () => {
  suiteSetup(assertBuilt);

  test('an ID prints its message as the file writes it, with its values and the facts it varies by', async () => {
    const r = await runBuilt(['phrases', 'request-meeting-ask']);
    assert.strictEqual(r.code, 0, r.stderr);
    assert.match(r.stdout, /^# phrases\/en\/request-meeting\.ftl\n/);
    assert.match(r.stdout, /# values: .*\$minutes.* · varies by: .*\$tone/);
    assert.match(r.stdout, /\nrequest-meeting-ask = /);
  });

  test('the start of an ID prints the family; without one, every ID is listed with its values', async () => {
    const family = await runBuilt(['phrases', 'request-subject-']);
    assert.strictEqual(family.code, 0, family.stderr);
    assert.ok((family.stdout.match(/^request-subject-[\w-]+ =/gm) ?? []).length >= 3, family.stdout);
    const all = await runBuilt(['phrases']);
    assert.strictEqual(all.code, 0, all.stderr);
    assert.match(all.stdout, /^request-meeting-ask {2}\$challenge \$minutes$/m);
    assert.match(all.stdout, /^# phrases\/en\/shared\.ftl$/m);
  });

  test('an unknown ID is a usage error naming it, and --lang shows that language\'s messages', async () => {
    const r = await runBuilt(['phrases', 'no-such-message']);
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /no message 'no-such-message'/);
    const de = await runBuilt(['phrases', '--lang', 'de', 'thank-you-signoff']);
    assert.strictEqual(de.code, 0, de.stderr);
    assert.match(de.stdout, /phrases\/de\/thank-you\.ftl/);
  });
});
