import * as assert from 'assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { english, formatMessage, l10nFromTable } from '../../src/core/l10n/l10n';
import { PHASES, phaseTitles, prepSteps, PREP_STEPS, stepsFor } from '../../src/core/checklist/steps';
import { formatIssues, toneClash, validateProfile } from '../../src/core/profile/validate';

// Core text (checklist steps, validation messages) takes an `l10n` like vscode.l10n; here it is
// the German bundle the extension ships, read the way the webview reads the table it is given.
const german = l10nFromTable(JSON.parse(readFileSync(path.join(process.cwd(), 'l10n/bundle.l10n.de.json'), 'utf8')) as Record<string, string>);

suite('Localization: core text in the display language', () => {
  test('formatMessage fills {n} like vscode.l10n.t and leaves unknown indexes', () => {
    assert.strictEqual(formatMessage('{0} of {1}, {0} again, {2}', ['a', 2]), 'a of 2, a again, {2}');
    assert.strictEqual(english.t('Card {0} of {1} · {2} mastered', 1, 5, 0), 'Card 1 of 5 · 0 mastered');
  });

  test('a table without the message falls back to the English message; own properties only', () => {
    const t = l10nFromTable({ Saved: 'Gespeichert' });
    assert.strictEqual(t.t('Saved'), 'Gespeichert');
    assert.strictEqual(t.t('Unsaved changes'), 'Unsaved changes');
    assert.strictEqual(t.t('toString'), 'toString');
    assert.strictEqual(l10nFromTable(undefined).t('{0} min', 5), '5 min');
  });

  test('English stays the default: the doc, docSync and the CLI read the English titles and messages', () => {
    assert.deepStrictEqual(prepSteps().map((s) => s.title), PREP_STEPS.map((s) => s.title));
    assert.strictEqual(PREP_STEPS.find((s) => s.id === 'talk-to-manager')!.title, 'Talk to your manager first');
    assert.match(validateProfile({}).issues[0]!.message, /^leader\.name is required: the leader’s name\.$/);
  });

  test('in German every phase and step title and description is translated, with the same ids, order and commands', () => {
    const de = prepSteps(german);
    assert.deepStrictEqual(de.map((s) => [s.id, s.phase, s.command]), PREP_STEPS.map((s) => [s.id, s.phase, s.command]));
    de.forEach((s, i) => {
      assert.notStrictEqual(s.title, PREP_STEPS[i]!.title, s.id);
      assert.notStrictEqual(s.description, PREP_STEPS[i]!.description, s.id);
    });
    for (const p of PHASES) assert.notStrictEqual(phaseTitles(german)[p], phaseTitles()[p]);
    assert.strictEqual(phaseTitles(german).before, 'Vor dem Gespräch');
  });

  test('profile-dependent titles are translated too ("…for the no")', () => {
    const profile = validateProfile({ leader: { name: 'Dana' }, challenge: 'x', firstResponse: 'no-reply' }).profile;
    const step = stepsFor(profile, german).find((s) => s.id === 'understand-resistance')!;
    assert.strictEqual(step.titleFor!(profile), 'Den wahrscheinlichen Grund für das Schweigen benennen');
    assert.ok(!stepsFor(profile, german).some((s) => s.id === 'plan-first-session'));
  });

  test('validation messages come in German, field paths and values unchanged', () => {
    const r = validateProfile({ leader: { name: 'Dana', shoeSize: 42 }, cadence: 'daily', sessionMinutes: 3, culture: [] }, german);
    const byPath = new Map(r.issues.map((i) => [i.path, i.message]));
    assert.strictEqual(byPath.get('challenge'), 'challenge ist erforderlich: die Herausforderung, zu der Sie eine Einschätzung möchten.');
    assert.strictEqual(byPath.get('leader.shoeSize'), 'leader.shoeSize ist kein Profilfeld und wird ignoriert.');
    assert.strictEqual(byPath.get('cadence'), 'cadence muss einer dieser Werte sein: weekly, biweekly, monthly, as-needed (erhalten: "daily").');
    assert.match(byPath.get('sessionMinutes')!, /^sessionMinutes muss eine ganze Zahl von Minuten zwischen \d+ und \d+ sein \(erhalten: 3\)\.$/);
    assert.strictEqual(byPath.get('culture'), 'culture muss ein Objekt sein, nicht eine Liste.');
    assert.match(formatIssues(r.issues, german), /^Fehler: /m);
    assert.match(formatIssues(r.issues, german), /^Warnung: /m);
  });

  test('tone advice and the whole-sentence hint come in German', () => {
    const clash = toneClash({ tone: 'concise', culture: { communication: 'indirect', hierarchy: 'flat' }, relationship: 'skip-level' }, german)!;
    assert.match(clash, /^Ein knapper Ton kann in einer indirekten Kultur schroff wirken\./);
    const r = validateProfile({ leader: { name: 'Dana' }, challenge: 'We have a problem. It is big.' }, german);
    assert.match(r.issues.find((i) => i.path === 'challenge')!.message, /liest sich wie ein ganzer Satz.*ergänzt „Unsere aktuelle Herausforderung ist …“/);
  });
});
