// Issue 22's checks over twelve country presets: the documents, rendered for a leader from each
// country with no `addressAs` set, greet by name or title, sign off as the culture does, and say
// what the scales change.
import * as assert from 'assert';
import { exampleWith, render } from '../render/helpers';
import { BUILTIN_TEMPLATES, type BuiltinTemplateId } from '../../../src/core/render/builtins';
import { similarity } from './similarity';

const BUILTIN_TEMPLATE_IDS = Object.keys(BUILTIN_TEMPLATES) as BuiltinTemplateId[];

/** A leader per country, named as a colleague there would write the name. */
export const PRESET_LEADERS: Record<string, { name: string; greetAs: string }> = {
  JP: { name: 'Hiroshi Tanaka', greetAs: 'Tanaka-san' },
  DE: { name: 'Dr. Anna Hoffmann', greetAs: 'Dr. Hoffmann' },
  BR: { name: 'Fernanda Souza', greetAs: 'Fernanda' },
  IN: { name: 'Ms. Priya Sharma', greetAs: 'Ms. Sharma' },
  GB: { name: 'Oliver Bennett', greetAs: 'Oliver' },
  US: { name: 'Dana Okafor', greetAs: 'Dana' },
  AE: { name: 'Dr. Fatima Al Mansouri', greetAs: 'Dr. Fatima' },
  NL: { name: 'Joost de Vries', greetAs: 'Joost' },
  SE: { name: 'Karin Lindqvist', greetAs: 'Karin' },
  CN: { name: 'Wang Wei', greetAs: 'Wang Wei' },
  MX: { name: 'Ing. Alejandro Ramírez', greetAs: 'Ing. Ramírez' },
  FR: { name: 'Claire Dubois', greetAs: 'Claire Dubois' },
};

/** The example profile for a leader in `country`, with the culture left to the country's preset. */
export function presetProfile(country: string, patch: Record<string, unknown> = {}): Record<string, unknown> {
  const p = exampleWith({ leader: { name: PRESET_LEADERS[country]!.name }, tone: 'warm', ...patch });
  p.culture = { country, ...(patch.culture as object | undefined) };
  return p;
}

const GREETING = /^(?:Dear|Hi|Hello|Good morning|Good afternoon)\b(.*),$/u;

suite('culture presets: forms of address in every document (issue 22)', () => {
  for (const country of Object.keys(PRESET_LEADERS)) {
    test(`${country}: every greeting names them (“${PRESET_LEADERS[country]!.greetAs}”), none is bare`, () => {
      const { greetAs } = PRESET_LEADERS[country]!;
      let greetings = 0;
      for (const tone of ['formal', 'warm', 'concise']) {
        for (const firstResponse of [undefined, 'no-time', 'no-reply']) {
          const profile = presetProfile(country, { tone, ...(firstResponse ? { firstResponse } : {}) });
          for (const id of BUILTIN_TEMPLATE_IDS) {
            for (const line of render(id, profile).split('\n').map((l) => l.replace(/^>\s*/, '').trim())) {
              const m = GREETING.exec(line);
              if (!m) continue;
              greetings++;
              assert.notStrictEqual(m[1]!.trim(), '', `${id} (${tone}, ${firstResponse ?? 'first ask'}): a bare greeting “${line}”`);
              assert.ok(line.includes(greetAs), `${id} (${tone}): “${line}” does not greet them as ${greetAs}`);
            }
          }
        }
      }
      assert.ok(greetings >= 9, `only ${greetings} greetings found`);
    });
  }

  test('the sign-off follows the culture: the given name where names are informal, the full name where they are not', () => {
    const signOff = (country: string) => {
      const lines = render('request-meeting', presetProfile(country)).split('\n');
      const at = lines.findIndex((l) => /^(?:Kind regards|Thank you|Thanks|Best),$/.test(l));
      return lines.slice(at + 1).find((l) => l.trim() !== '');
    };
    assert.strictEqual(signOff('US'), 'Sam');
    assert.strictEqual(signOff('NL'), 'Sam');
    assert.strictEqual(signOff('JP'), 'Sam Rivera');
    assert.strictEqual(signOff('DE'), 'Sam Rivera');
  });
});

/** The script's conversation: from its first numbered part to the objections. */
function conversation(doc: string): string {
  const start = doc.indexOf('### 1.');
  const end = doc.indexOf('## If they push back');
  return doc.slice(start, end === -1 ? undefined : end);
}

const RELATIONSHIP_BASED = ['JP', 'BR', 'IN', 'AE', 'CN', 'MX'];
const TASK_BASED = ['DE', 'GB', 'US', 'NL', 'SE', 'FR'];

suite('culture presets: what the scales change (issue 22)', () => {
  test('the presets are split as the test assumes (relationship-based vs task-based trust)', () => {
    for (const c of RELATIONSHIP_BASED) assert.match(render('script', presetProfile(c)), /Before the business: time on them/, c);
    for (const c of TASK_BASED) assert.doesNotMatch(render('script', presetProfile(c)), /Before the business: time on them/, c);
  });

  test('relationship-based presets: a relationship beat before the ask, and a script less than 0.8 similar to a task-based one (ratios printed)', () => {
    const ratios: { pair: string; ratio: number }[] = [];
    for (const c of RELATIONSHIP_BASED) {
      const doc = render('script', presetProfile(c));
      const beat = doc.indexOf('Before the business: time on them');
      const ask = doc.indexOf('The ask: small, time-boxed');
      assert.ok(beat !== -1 && ask !== -1 && beat < ask, `${c}: the relationship beat comes before the ask`);
      for (const t of TASK_BASED) {
        const ratio = similarity(conversation(doc), conversation(render('script', presetProfile(t))));
        ratios.push({ pair: `${c}/${t}`, ratio });
      }
    }
    // The trust scale alone, everything else equal (US preset with trust set by hand): printed, not asserted.
    const alone = similarity(conversation(render('script', presetProfile('US', { culture: { scales: { trust: 'relationship-based' } } }))), conversation(render('script', presetProfile('US'))));
    console.log(`      script similarity, relationship-based vs task-based preset: ${ratios.map((r) => `${r.pair} ${r.ratio.toFixed(2)}`).join(', ')}; trust alone (US): ${alone.toFixed(2)}`);
    for (const { pair, ratio } of ratios) assert.ok(ratio < 0.8, `${pair}: similarity ${ratio.toFixed(3)}`);
  });

  test('every preset: the reply wait and the reminder differ between linear and flexible time', () => {
    const waits = /no reply within|reminder|ask once in person|before you read anything into silence|pass with no (?:reply|answer)/u;
    for (const c of Object.keys(PRESET_LEADERS)) {
      const lines = (time: string) => {
        const p = presetProfile(c, { format: 'async', cadence: 'as-needed', firstResponse: 'noncommittal', culture: { scales: { time } } });
        return render('prep-doc', p).split('\n').filter((l) => waits.test(l));
      };
      const linear = lines('linear');
      const flexible = lines('flexible');
      // One reminder rule (facts.ts reminderWeeks): a short reminder after a week (two where time is
      // flexible), or, where trust is built in person, asking once in person after the usual wait.
      const reminder = (ls: string[]) => /reminder (a week|\w+ weeks) later|After (a week|\w+ weeks), ask once in person/u.exec(ls.join(' '));
      const rl = reminder(linear), rf = reminder(flexible);
      assert.ok(rl && rf, `${c}: a reminder line in both`);
      if (rl[1]) assert.strictEqual(rl[1], 'a week', `${c}: linear time reminds after a week`);
      if (rf[1]) assert.strictEqual(rf[1], 'two weeks', `${c}: flexible time reminds after two weeks`);
      assert.notStrictEqual(rl[1] ?? rl[2], rf[1] ?? rf[2], `${c}: the reminder waits longer where time is flexible`);
      // At a sentence start too ("If two weeks pass with no answer", the written first note's wait).
      const wait = (ls: string[]) => ls.join(' ').match(/(?:no reply within|allow|if) (\w+ weeks?)/iu)?.[1];
      assert.ok(wait(linear) && wait(flexible) && wait(linear) !== wait(flexible), `${c}: the wait differs (${wait(linear)} vs ${wait(flexible)})`);
    }
  });
});
