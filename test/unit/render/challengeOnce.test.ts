// The challenge named in full once per document, then by its short label (issue 23, item 2), over
// the enum matrix with typical answers. The figures are printed on every run.
import * as assert from 'assert';
import { FIRST_RESPONSES, RELATIONSHIPS, TONES, COMMUNICATION } from '../../../src/core/profile/profile';
import { proposeChallengeShort } from '../../../src/core/profile/challengeShort';
import { nameChallengeOnce } from '../../../src/core/render/namedOnce';
import { narrated, slot, spokenTo } from '../../../src/core/render/slots';
import { exampleWith, FIRST_ANSWER_WORDS, renderAll } from './helpers';

/** Challenges as people type them: phrases, a clause, one in the first person. */
const CHALLENGES = [
  'scaling our API gateway for 10x user load',
  'getting p99 latency under 300 ms at ~5x traffic without a rewrite',
  'Our three teams each built their own retry logic, and incidents cascade across them.',
  'moving batch settlement to events without losing a single update',
  'getting my team to agree on one way to version our public APIs',
  'two teams disagree about who owns the shared customer service',
];

type Stream = 'narrative' | 'quoted' | 'spoken';
const streamOf = (line: string): Stream => (line.startsWith('> **You:**') ? 'spoken' : line.startsWith('>') ? 'quoted' : 'narrative');

/** Times the challenge's full text appears in one stream of the document: the script's spoken lines
 *  (`> **You:**`), the other quoted lines (`>`: the 30-second version, a message) or the rest (true:
 *  both quoted streams), the leader's words taken out, in any of the forms it is printed in. */
export function fullMentions(doc: string, challenge: string, words: string | undefined, quoted: boolean | Stream): number {
  const text = slot(challenge).text;
  const forms = [...new Set([text, narrated(text), spokenTo(text)].map((f) => f.toLowerCase()))];
  let count = 0;
  for (const line of doc.split('\n')) {
    const stream = streamOf(line);
    if (quoted === true ? stream === 'narrative' : quoted === false ? stream !== 'narrative' : stream !== quoted) continue;
    const l = (words ? line.split(words).join(' ') : line).toLowerCase();
    count += Math.max(...forms.map((f) => l.split(f).length - 1));
  }
  return count;
}

suite('The challenge is named in full once per document, then by its short label', function () {
  this.timeout(600_000);
  const rows: { label: string; id: string; narrative: number; quoted: number; spoken: number }[] = [];

  suiteSetup(() => {
    let i = 0;
    for (const communication of COMMUNICATION) for (const relationship of RELATIONSHIPS) for (const tone of TONES) for (const firstResponse of [...FIRST_RESPONSES, undefined]) {
      const challenge = CHALLENGES[i % CHALLENGES.length]!;
      const words = firstResponse ? FIRST_ANSWER_WORDS[firstResponse] : undefined;
      const profile = exampleWith({
        challenge, tone, relationship, culture: { communication, hierarchy: i % 2 ? 'flat' : 'hierarchical' }, leader: { addressAs: 'Dana', ...(i % 5 === 0 ? { organization: 'other', company: 'Lumen' } : {}) },
        ...(firstResponse ? { firstResponse } : {}), ...(words ? { firstResponseWords: words } : {}),
      });
      for (const [id, doc] of Object.entries(renderAll(profile))) {
        rows.push({ label: `${communication}/${relationship}/${tone}/${firstResponse ?? '-'}`, id, narrative: fullMentions(doc, challenge, words, false), quoted: fullMentions(doc, challenge, words, 'quoted'), spoken: fullMentions(doc, challenge, words, 'spoken') });
      }
      i++;
    }
    const ids = [...new Set(rows.map((r) => r.id))];
    console.log(`      ${rows.length / ids.length} profiles x ${ids.length} documents; full challenge per document, max outside quoted lines ${Math.max(...rows.map((r) => r.narrative))}, in quoted lines ${Math.max(...rows.map((r) => r.quoted))}, in the script's spoken lines ${Math.max(...rows.map((r) => r.spoken))}`);
    for (const id of ids) {
      const mine = rows.filter((r) => r.id === id);
      console.log(`        ${id}: max ${Math.max(...mine.map((r) => r.narrative))} outside quotes, ${Math.max(...mine.map((r) => r.quoted))} in quoted lines, ${Math.max(...mine.map((r) => r.spoken))} spoken`);
    }
  });

  test('the count sees what it should: each form, either stream, the leader’s words left out', () => {
    const doc = 'Our current challenge is scaling my gateway.\n> **You:** “I’m scaling my gateway.”\nYou are scaling your gateway. They said: scaling my gateway, twice.';
    assert.strictEqual(fullMentions(doc, 'scaling my gateway', 'They said: scaling my gateway, twice.', false), 2);
    assert.strictEqual(fullMentions(doc, 'scaling my gateway', undefined, true), 1);
  });

  test('outside quoted lines, the full challenge appears at most once per document', () => {
    const over = rows.filter((r) => r.narrative > 1).map((r) => `${r.id} ${r.label}: ${r.narrative}`);
    assert.deepStrictEqual(over.slice(0, 8), [], `${over.length} documents name the challenge in full more than once`);
  });

  test('in sent lines too, the full challenge is said once per document; in the script, once, however many lines it spans', () => {
    const over = rows.filter((r) => r.quoted > 1 || r.spoken > 1).map((r) => `${r.id} ${r.label}: ${r.quoted} quoted, ${r.spoken} spoken`);
    assert.deepStrictEqual(over.slice(0, 8), [], `${over.length} documents say the challenge in full more than once`);
  });

  test('the script names the challenge in full the first time, not only by its label after the 30-second version', () => {
    const doc = renderAll(exampleWith({ challenge: 'moving batch settlement to events without losing a single update', firstResponse: 'no-time', culture: { communication: 'direct', hierarchy: 'flat' } }))['prep-doc']!;
    const spoken = doc.split('\n').filter((l) => l.startsWith('> **You:**'));
    const first = spoken.findIndex((l) => /batch settlement/i.test(l));
    assert.ok(first >= 0 && /moving batch settlement to events without losing a single update/i.test(spoken[first]!), spoken[first]);
  });

  test('later mentions use the user’s label when the profile has one, the proposal otherwise', () => {
    const profile = exampleWith({ challenge: 'scaling our API gateway for 10x user load', relationship: 'cross-team', leader: { addressAs: 'Dana' } });
    const proposed = renderAll(profile)['manager-first']!;
    assert.ok(proposed.includes(proposeChallengeShort('scaling our API gateway for 10x user load')), proposed);
    const own = renderAll({ ...profile, challengeShort: 'the gateway work' })['manager-first']!;
    assert.ok(own.includes('the gateway work'), own);
    assert.ok(!own.includes('the API gateway scaling'));
    assert.strictEqual(fullMentions(own, 'scaling our API gateway for 10x user load', undefined, true), 1);
  });

  test('German documents keep the challenge as typed unless the user gave a label (the proposal is English)', () => {
    const profile = exampleWith({ challenge: 'scaling our API gateway for 10x user load', leader: { addressAs: 'Dana' } });
    const de = renderAll(profile, 'de');
    assert.ok(!Object.values(de).some((doc) => doc.includes('the API gateway scaling')));
    const labelled = renderAll({ ...profile, challengeShort: 'das Gateway-Thema' }, 'de')['request-meeting']!;
    // The subject names it without its article („Bitte um Ihren Rat – Gateway-Thema“, germanTopic.ts germanSubject).
    assert.ok(labelled.includes('Gateway-Thema'), labelled);
  });

  test('the pass: first mention per stream in full, later ones short, a capital kept, the leader’s words untouched', () => {
    const mention = { forms: [{ full: 'that the gateway falls over', short: 'the gateway problem' }, { full: 'the gateway falls over', short: 'the gateway problem' }], keep: ['“I hear the gateway falls over.”'] };
    const doc = [
      'Our challenge is that the gateway falls over.', 'They said: “I hear the gateway falls over.”', 'The gateway falls over. Work on the gateway falls over.',
      '> **You:** “The gateway falls over.”', '> **You:** “Our challenge is that the gateway falls over.”',
    ].join('\n');
    assert.strictEqual(nameChallengeOnce(doc, mention), [
      'Our challenge is that the gateway falls over.', 'They said: “I hear the gateway falls over.”', 'The gateway problem. Work on the gateway problem.',
      '> **You:** “The gateway falls over.”', '> **You:** “Our challenge is the gateway problem.”',
    ].join('\n'));
    assert.strictEqual(nameChallengeOnce(doc, undefined), doc);
  });
});
