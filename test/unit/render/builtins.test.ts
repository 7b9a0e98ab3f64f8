import * as assert from 'assert';
import { PREP_STEPS } from '../../../src/core/checklist/steps';
import { CADENCES, COMMUNICATION, FORMATS, HIERARCHY, RELATIONSHIPS, TONES } from '../../../src/core/profile/profile';
import { validateProfile } from '../../../src/core/profile/validate';
import { BUILTIN_TEMPLATES, PREP_DOC_SECTIONS } from '../../../src/core/render/builtins';
import { buildContext } from '../../../src/core/render/context';
import { MAX_TERMS, MIN_TERMS } from '../../../src/core/render/terms';
import { builtinGlossary } from '../../../src/core/vocabulary/glossary';
import { exampleProfile, exampleWith, headings, LIBRARY, md, render, SAMPLE_LOG, section, TODAY } from './helpers';

const IDS = Object.keys(BUILTIN_TEMPLATES);
const MINIMAL = { leader: { name: 'Dana Okafor' }, challenge: 'scaling our API gateway' };

/** `### ` subsections of a section: [heading line, body]. */
function subsections(text: string): [string, string][] {
  return text.split(/\n(?=### )/).slice(1).map((s) => [s.slice(0, s.indexOf('\n')), s.slice(s.indexOf('\n') + 1).replace(/^\n+/, '')]);
}

/** Top-level list items (`- `) of a section. */
const listItems = (text: string) => text.split('\n').filter((l) => l.startsWith('- '));

/** Lines worth comparing between tones: prose, not headings, blank lines or quote separators. */
const proseLines = (text: string) => text.split('\n').map((l) => l.trim()).filter((l) => l !== '' && l !== '>' && !l.startsWith('#'));

/** Share of a's lines that also appear in b. */
function sharedShare(a: string[], b: string[]): number {
  const rest = [...b];
  let shared = 0;
  for (const line of a) {
    const i = rest.indexOf(line);
    if (i >= 0) { shared++; rest.splice(i, 1); }
  }
  return shared / Math.max(a.length, b.length);
}

function assertNoLeftovers(text: string, label: string): void {
  for (const bad of ['undefined', 'null', '[object Object]', '{{', '}}', 'NaN']) assert.ok(!text.includes(bad), `${label} contains ${bad}`);
  assert.doesNotMatch(text, /(?<!\\)&(#\d+|#x[0-9a-f]+|[a-z]+);/i, label);
}

suite('Built-in templates: every one renders', () => {
  for (const id of IDS) {
    test(`${id} renders for the example profile, titled with the leader’s name`, () => {
      const text = render(id, exampleProfile());
      const [level, title] = headings(text)[0]!;
      assert.strictEqual(level, 1, id);
      assert.ok(title.includes('Dana Okafor'), title);
      assertNoLeftovers(text, id);
    });
  }

  test('every built-in renders for every combination of choices', () => {
    const glossary = builtinGlossary();
    for (const cadence of CADENCES) for (const format of FORMATS) for (const communication of COMMUNICATION)
      for (const hierarchy of HIERARCHY) for (const relationship of RELATIONSHIPS) for (const tone of TONES) {
        const label = `${cadence}/${format}/${communication}/${hierarchy}/${relationship}/${tone}`;
        const ctx = buildContext(validateProfile(exampleWith({ cadence, format, culture: { communication, hierarchy }, relationship, tone })).profile, glossary, TODAY);
        for (const id of IDS) {
          const outcome = LIBRARY.render(id, ctx);
          assert.ok(outcome.ok, `${id} ${label}`);
          if (outcome.ok) assertNoLeftovers(outcome.text, `${id} ${label}`);
        }
      }
  });

  test('every built-in renders for the minimal profile', () => {
    for (const id of IDS) assertNoLeftovers(render(id, MINIMAL), id);
  });
});

suite('Built-in templates: the full prep doc', () => {
  const doc = render('prep-doc', exampleProfile());

  test('has every section as a level-2 heading, in order, and no others', () => {
    assert.deepStrictEqual(headings(doc).filter(([level]) => level === 2).map(([, text]) => text), [...PREP_DOC_SECTIONS]);
  });

  test('each section heading is a plain "## " line', () => {
    for (const title of PREP_DOC_SECTIONS) assert.ok(doc.includes(`\n## ${title}\n`), title);
  });

  test('opens with the leader, the relationship and the proposed rhythm', () => {
    assert.ok(doc.startsWith('# Mentorship prep: Dana Okafor\n'));
    assert.match(doc, /Leader: Dana Okafor \(VP Engineering\), a skip-level leader\. Proposed rhythm: 30-minute conversations every two weeks, with short written questions in between\./);
    assert.match(doc, /Prepared on 2024-05-01 for Sam Rivera \(Software Architect\)/);
  });

  test('the ask names the challenge in its 30-second version, and the script says the bridge and what you bring', () => {
    const ask = section(doc, 'The ask in one paragraph');
    assert.match(ask, /^> \*\*The 30-second version:\*\* “.*scaling our API gateway for 10x user load/m);
    const script = section(doc, 'The script');
    for (const s of ['using bounded contexts to split the gateway’s routing rules', 'a written summary of each session’s decisions the team can reuse']) {
      assert.ok(script.includes(s), s);
    }
  });

  test('gives the two reasons that fit this leader in full, each with a counter-move, and names the other six in one line', () => {
    const section_ = section(doc, 'Why leaders hesitate, and what to do about it');
    const reasons = subsections(section_);
    assert.strictEqual(reasons.length, 2, `${reasons.length} reasons`);
    for (const [heading, body] of reasons) assert.match(body, /\*\*Counter-move:\*\* \S/, heading);
    // Skip-level in a hierarchical organization: how it looks comes first.
    assert.match(reasons[0]![0], /favoritism or politics/);
    const others = /^\*\*Other reasons leaders give[^*]*\*\* (.+)\.$/m.exec(section_);
    assert.ok(others, section_);
    assert.strictEqual(others[1]!.split(', ').length, 6, others[1]);
  });

  test('gives the likeliest objections in full, each with an answer to say, and leaves the rest to the cards', () => {
    const objections = section(doc, 'Objections and answers');
    const cards = subsections(objections);
    assert.strictEqual(cards.length, 2, `${cards.length} objections in full`);
    for (const [heading, body] of cards) {
      assert.match(heading, /^### “.+”$/, heading);
      assert.match(body, /^> \*\*You:\*\* “.+”$/m, heading);
    }
    assert.match(objections, /The objection cards answer the others/);
    // The deck is short (issue 21): the likeliest cards, at most seven.
    const deck = render('objections', exampleProfile()).split('\n### ').length - 1;
    assert.ok(deck >= 5 && deck <= 7, `the cards document keeps the likely cards: ${deck}`);
  });

  test('the checklist has a "- [ ]" line for every prep step, in order', () => {
    const lines = section(doc, 'Prep checklist').split('\n').filter((l) => l.startsWith('- [ ] '));
    // Every step but the one for a referral (the example names nobody to write to).
    assert.deepStrictEqual(lines, PREP_STEPS.filter((s) => s.id !== 'write-to-referral').map((s) => `- [ ] ${s.title}`));
  });

  test('the checklist renders as list items', () => {
    const items = md.parse(section(doc, 'Prep checklist'), {}).filter((t) => t.type === 'list_item_open');
    assert.strictEqual(items.length, PREP_STEPS.filter((s) => s.id !== 'write-to-referral').length);
  });

  test('the vocabulary lists the terms the profile mentions', () => {
    const vocabulary = section(doc, 'Vocabulary for this conversation');
    for (const term of ['API Gateway', 'Domain-Driven Design', 'Bounded Context']) assert.match(vocabulary, new RegExp(`- \\*\\*${term}\\*\\*: |goes there:\\*\\* .*\\b${term}\\b`), term);
  });

  test('each term to use has a sentence to try; the others are named on one line', () => {
    const vocabulary = section(doc, 'Vocabulary for this conversation');
    const items = vocabulary.split('\n- ').slice(1);
    assert.strictEqual(items.length, 3);
    for (const item of items) assert.match(item, /^\*\*[^*]+\*\*: \*Try:\* “.+”/, item);
    assert.match(vocabulary, /^\*\*If the conversation goes there:\*\* [^,\n]+(?:, [^,\n]+)+\.$/m);
  });
});

suite('Built-in templates: vocabulary size', () => {
  // The terms to use are list items; the others are named on one line after them.
  const count = (input: unknown) => {
    const vocabulary = section(render('prep-doc', input), 'Vocabulary for this conversation');
    const others = /goes there:\*\* (.*)\.$/m.exec(vocabulary)?.[1]?.split(', ').length ?? 0;
    return listItems(vocabulary).length + others;
  };

  test('a profile without terms gets none, and the doc says why (review #20)', () => {
    assert.strictEqual(count({ leader: { name: 'Dana' }, challenge: 'getting better at my job' }), 0);
    assert.match(section(render('prep-doc', { leader: { name: 'Dana' }, challenge: 'getting better at my job' }), 'Vocabulary for this conversation'), /No glossary term fits this conversation closely/);
  });

  test('a profile full of terms is capped at the maximum', () => {
    const many = 'API gateway, bounded contexts, technical debt, event sourcing, CQRS, microservices, service mesh, eventual consistency, observability, strangler fig';
    assert.strictEqual(count({ leader: { name: 'Dana' }, challenge: many }), MAX_TERMS);
  });

  test('the limits are eight (filled with related terms when the conversation fits) and ten', () => {
    assert.deepStrictEqual([MIN_TERMS, MAX_TERMS], [8, 10]);
  });
});

suite('Built-in templates: tone', () => {
  const scriptOf = (tone: string) => section(render('prep-doc', exampleWith({ tone })), 'The script');
  const pairs = [['formal', 'warm'], ['formal', 'concise'], ['warm', 'concise']] as const;

  for (const [a, b] of pairs) {
    test(`${a} and ${b} scripts share less than half of their lines`, () => {
      const share = sharedShare(proseLines(scriptOf(a)), proseLines(scriptOf(b)));
      assert.ok(share < 0.5, `${Math.round(share * 100)}% identical`);
    });

    test(`${a} and ${b} scripts have no spoken line in common`, () => {
      const spoken = (tone: string) => scriptOf(tone).split('\n').filter((l) => l.startsWith('> **You:**'));
      const other = new Set(spoken(b));
      assert.ok(spoken(a).length >= 5);
      assert.deepStrictEqual(spoken(a).filter((l) => other.has(l)), []);
    });
  }

  test('formal says "Dear", warm and concise say "Hi" in the thank-you note', () => {
    // The same greeting as every other message: addressAs when given, no full name otherwise;
    // "Dear" in a hierarchical culture whatever the tone.
    const flat = { culture: { communication: 'direct', hierarchy: 'flat' }, leader: { addressAs: 'Dana' } };
    assert.match(render('thank-you', exampleWith({ ...flat, tone: 'formal' })), /^Dear Dana,$/m);
    assert.match(render('thank-you', exampleWith({ ...flat, tone: 'warm' })), /^Hi Dana,$/m);
    assert.match(render('thank-you', exampleWith({ ...flat, tone: 'concise' })), /^Hi Dana,$/m);
    assert.match(render('thank-you', exampleWith({ tone: 'warm', culture: { hierarchy: 'hierarchical' }, leader: { addressAs: 'Mr. Iyer' } })), /^Dear Mr. Iyer,$/m);
  });

  test('the tone changes the thank-you note, the async update and the objection answers', () => {
    for (const id of ['thank-you', 'async-update', 'objections']) {
      const texts = TONES.map((tone) => render(id, exampleWith({ tone })));
      assert.strictEqual(new Set(texts).size, 3, id);
    }
  });
});

suite('Built-in templates: culture and relationship', () => {
  const nuanceOf = (patch: Record<string, unknown>) => section(render('prep-doc', exampleWith(patch)), 'Your relationship and the culture');
  const part = (nuance: string, heading: string) => subsections(nuance).find(([h]) => h.startsWith(`### ${heading}`))![1];
  /** The relationship's advice: the section's text before its first subsection. */
  const relationshipPart = (nuance: string) => nuance.split('\n### ')[0]!.split('\n').slice(2).join('\n').trim();

  test('direct and indirect communication get different advice', () => {
    const direct = part(nuanceOf({ culture: { communication: 'direct' } }), 'Communication and hierarchy');
    const indirect = part(nuanceOf({ culture: { communication: 'indirect' } }), 'Communication and hierarchy');
    assert.match(direct, /the ask in the first two minutes/);
    assert.match(indirect, /Prepare the ground/);
    assert.notStrictEqual(direct, indirect);
  });

  test('flat and hierarchical organizations get different advice', () => {
    const flat = part(nuanceOf({ culture: { hierarchy: 'flat' } }), 'Communication and hierarchy');
    const hierarchical = part(nuanceOf({ culture: { hierarchy: 'hierarchical' } }), 'Communication and hierarchy');
    assert.match(flat, /flat organization/);
    assert.match(hierarchical, /formal register/);
    assert.notStrictEqual(flat, hierarchical);
  });

  test('each relationship gets its own advice, first in the section', () => {
    const expected = { 'skip-level': 'Skip-level leader.', 'cross-team': 'Leader outside your line.', executive: 'Executive.', 'former-manager': 'Former manager.' };
    const bodies = RELATIONSHIPS.map((relationship) => {
      const body = relationshipPart(nuanceOf({ relationship }));
      assert.ok(body.startsWith(`**${expected[relationship]}**`), `${relationship}: ${body.slice(0, 40)}`);
      return body;
    });
    assert.strictEqual(new Set(bodies).size, RELATIONSHIPS.length);
  });

  test('the relationship also shapes the optics reason in the resistance section', () => {
    const optics = (relationship: string) => subsections(section(render('prep-doc', exampleWith({ relationship })), 'Why leaders hesitate, and what to do about it'))
      .find(([h]) => /favoritism or politics/i.test(h))![1];
    assert.strictEqual(new Set(RELATIONSHIPS.map(optics)).size, RELATIONSHIPS.length);
  });

  test('only a hierarchical culture suggests going through your manager first, once: in the script’s setting, or in the resistance section where the setting does not', () => {
    const doc = (hierarchy: string, patch: Record<string, unknown> = {}) => render('prep-doc', exampleWith({ culture: { hierarchy }, ...patch }));
    const mentions = (text: string) => (text.match(/mention(?:ed)? the idea/g) ?? []).length;
    assert.match(section(doc('hierarchical'), 'The script'), /ideally after your manager has mentioned the idea/);
    assert.strictEqual(mentions(doc('hierarchical')), 1);
    // After a no the setting asks for one conversation: the resistance section says it.
    const declined = doc('hierarchical', { firstResponse: 'declined' });
    assert.match(section(declined, 'Why leaders hesitate, and what to do about it'), /consider asking them to mention the idea/);
    assert.strictEqual(mentions(declined), 1);
    assert.strictEqual(mentions(doc('flat')), 0);
  });

  test('the format changes the first check-in and the async update', () => {
    for (const id of ['first-checkin', 'async-update']) {
      assert.strictEqual(new Set(FORMATS.map((format) => render(id, exampleWith({ format })))).size, FORMATS.length, id);
    }
  });
});

suite('Built-in templates: missing answers', () => {
  // Your strengths (said in the "not ready" card when it applies) and the bridge (said as "where we
  // should start" when missing) have no line of their own in the two-page prep doc.
  const optionalPrompts = ['your name', 'the leader’s role', 'a project or initiative they led', 'what they are known for', 'what you bring back to them and the team'];

  test('the prep doc shows a visible fill-in prompt for every missing optional answer', () => {
    const doc = render('prep-doc', MINIMAL);
    for (const prompt of optionalPrompts) assert.ok(doc.includes(`**[fill in: ${prompt}]**`), prompt);
  });

  test('a complete profile has no fill-in prompts', () => {
    for (const id of IDS) assert.ok(!render(id, exampleProfile(), { log: SAMPLE_LOG }).includes('[fill in:'), id);
  });

  test('every fill-in prompt renders as bold text, wherever it lands', () => {
    for (const id of IDS) {
      const text = render(id, MINIMAL);
      const written = text.split('**[fill in: ').length - 1;
      const rendered = md.render(text).split('<strong>[fill in: ').length - 1;
      // The next check-in's topic defaults to the challenge (review #21), and the brief's spoken lines
      // never hold a prompt (its short answers refer to the ask), so either may ask for nothing.
      if (id !== 'next-checkin' && id !== 'brief') assert.ok(written > 0, id);
      assert.strictEqual(rendered, written, id);
    }
  });

  test('the sentence around a missing answer still reads: no empty parentheses or doubled spaces', () => {
    for (const id of IDS) {
      const text = render(id, MINIMAL);
      assert.doesNotMatch(text, /\(\s*\)|[^\s|] {2,}\S/, id);
    }
  });
});

suite('Built-in templates: the next check-in agenda', () => {
  test('carries every open action from the log, with its date, and the agreed topic', () => {
    const text = render('next-checkin', exampleProfile(), { log: SAMPLE_LOG });
    assert.match(text, /^# Next check-in: Dana Okafor/m);
    assert.match(text, /- \[ \] Draft the routing ADR \*\(from 2024-04-17\)\*/);
    assert.doesNotMatch(text, /load-test numbers/, 'done actions are not carried');
    assert.match(text, /## Topic\n\nthe rollout plan/);
  });
  test('without a log the topic is the challenge, and it says no log was found rather than "nothing is open" (review #21)', () => {
    const text = render('next-checkin', exampleProfile());
    assert.doesNotMatch(text, /fill in: the topic for this session|Nothing is open|from your session log/);
    assert.match(text, /Nothing logged yet: list by hand what you promised last time/);
  });
});

suite('Built-in templates: the checklist keeps its ticks', () => {
  test('steps already done render as [x], the rest as [ ]', () => {
    const ctx = buildContext(validateProfile(exampleProfile()).profile, builtinGlossary(), TODAY, { done: { 'research-leader': '2024-05-01T10:00:00.000Z' } });
    const out = LIBRARY.render('prep-doc', ctx);
    assert.ok(out.ok);
    assert.match(out.text, /^- \[x\] Research the leader’s work and priorities$/m);
    assert.match(out.text, /^- \[ \] Generate the prep doc and script$/m);
    assert.strictEqual((out.text.match(/^- \[x\]/gm) ?? []).length, 1);
  });
});
