// How long the prep doc is and how its spoken lines sound, over the enum matrix with typical answers
// (issue 23): the word count, how often the challenge is named in full, and spoken sentences that
// are too long to say in one breath or have no verb. The figures are printed on every run
// (PAGES_LONGEST=file also writes the longest prep doc there, PAGES_LONGEST_PRESET=file the longest
// with a country preset; PAGES_COUNTRIES=IN,JP measures only those presets).
import * as assert from 'assert';
import { writeFileSync } from 'node:fs';
import {
  CADENCES, COMMUNICATION, FIRST_RESPONSES, FORMATS, HIERARCHY, ORGANIZATIONS, RELATIONSHIPS, TONES,
} from '../../../src/core/profile/profile';
import { validateProfile } from '../../../src/core/profile/validate';
import { buildContext } from '../../../src/core/render/context';
import { builtinGlossary } from '../../../src/core/vocabulary/glossary';
import { COUNTRY_CODES } from '../../../src/core/culture/presets';
import { exampleWith, FIRST_ANSWER_WORDS, LIBRARY, renderAll, TODAY } from './helpers';

/** Answers of typical length, as people type them: a phrase for the challenge, a clause for the bridge. */
const TYPICAL = [
  { challenge: 'scaling our API gateway for 10x user load', expertiseApplied: 'using bounded contexts to split the gateway’s routing rules' },
  { challenge: 'getting p99 latency under 300 ms at ~5x traffic without a rewrite', expertiseApplied: 'how you set latency budgets across teams' },
  { challenge: 'splitting a 12-year-old monolith without stopping feature work', expertiseApplied: 'how you sequenced the Lumen migration' },
  { challenge: 'moving batch settlement to events without losing a single update', expertiseApplied: 'how the payments team kept every ledger entry while moving to events' },
  { challenge: 'deciding who owns the shared customer service between two teams', expertiseApplied: 'deciding what to build once and share' },
];

interface Case { label: string; profile: Record<string, unknown>; challenge: string; words?: string }

/** communication × hierarchy × relationship × tone × first response (and none); the other enums rotate. */
function matrix(): Case[] {
  const cases: Case[] = [];
  let i = 0;
  for (const communication of COMMUNICATION) for (const hierarchy of HIERARCHY) for (const relationship of RELATIONSHIPS)
    for (const tone of TONES) for (const firstResponse of [...FIRST_RESPONSES, undefined]) {
      const typical = TYPICAL[i % TYPICAL.length]!;
      const words = firstResponse ? FIRST_ANSWER_WORDS[firstResponse] : undefined;
      const profile = exampleWith({
        ...typical, tone, relationship, culture: { communication, hierarchy },
        cadence: CADENCES[i % CADENCES.length], format: FORMATS[Math.floor(i / CADENCES.length) % FORMATS.length],
        organization: ORGANIZATIONS[i % ORGANIZATIONS.length], leader: { addressAs: 'Dana' },
        ...(firstResponse ? { firstResponse } : {}), ...(words ? { firstResponseWords: words } : {}),
      });
      cases.push({ label: `${communication}/${hierarchy}/${relationship}/${tone}/${firstResponse ?? '-'}`, profile, challenge: typical.challenge, words });
      i++;
    }
  return cases;
}


function renderPrepDoc(profile: Record<string, unknown>): string {
  const result = validateProfile(profile);
  assert.ok(result.ok, JSON.stringify(!result.ok && result.issues));
  const r = LIBRARY.render('prep-doc', buildContext(result.profile, builtinGlossary(), TODAY));
  if (!r.ok) assert.fail(`prep-doc: ${JSON.stringify(r.problem)}`);
  return r.text;
}

/** Words as a reader counts them: whitespace-separated tokens with a letter or a digit (Markdown marks and table rules are not words). */
export function wordCount(markdown: string): number {
  return markdown.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

/** Spoken lines are what the reader says aloud: the script's `> **You:** “…”` lines, the
 *  `> **The 30-second version:** “…”` line, and a one-line answer `- **“objection”** “answer”`.
 *  Returns the text inside the outer quotes. */
export function spokenLines(markdown: string): string[] {
  const out: string[] = [];
  for (const line of markdown.split('\n')) {
    const m = /^> \*\*(?:You|The 30-second version):\*\* “(.*)”$/.exec(line) ?? /^- \*\*“[^”]*”\*\* “(.*)”$/.exec(line);
    if (m) out.push(m[1]!);
  }
  return out;
}

/** A spoken line's sentences: split after . ? ! followed by a space and a capital or a quote
 *  (so "5x" and "p99" stay inside, and "e.g. the" does not split). */
export function sentencesOf(line: string): string[] {
  return line.split(/(?<=[.?!…][’”]?)\s+(?=[\p{Lu}‘“(])/u).map((s) => s.trim()).filter(Boolean);
}

const AUXILIARIES = /\b(?:am|is|are|was|were|be|been|being|do|does|did|have|has|had|will|would|shall|should|can|could|may|might|must|let[’']s|let|need|needs|want|wants|know|knows|think|hope|understand|appreciate|mean|means|works?|suits?|helps?|sounds?|matters?|makes?|takes?|keeps?|stays?|goes|comes?|seems?|looks?|fits?|gets|got|said|offered|adds|asked|joined|owns|gives|brings|sent|decided|agreed)\b|\b\w+[’'](?:s|re|ll|ve|d|m|t)\b/iu;
/** Set replies a speaker says on their own, which need no verb (“Understood.”, “Not at all.”). */
const SET_REPLIES = /^(?:of course|certainly|gladly|absolutely|fair enough|(?:totally )?fair|understood|sure|no|not at all|fine by me|thank you|thanks)[.!]$/iu;
const IMPERATIVE = /^(?:please\s+)?(?:thank|thanks|send|tell|let|take|give|choose|pick|say|ask|use|write|call|book|judge|count|drop|put|keep|come|consider|feel|reply|forward|expect|treat|check)\b/iu;
const SUBJECT_VERB = /\b(?:I|[Yy]ou|[Ww]e|[Tt]hey|[Ii]t|[Hh]e|[Ss]he|[Tt]his|[Tt]hat|[Tt]here|[Ww]ho|which|one)\s+(?:\w+ly\s+)?[a-z]+(?:s|ed)?\b(?!\s*(?:,|$))/u;

/** Whether a spoken sentence has a finite verb, by the shape of English: an auxiliary, a modal or a
 *  contraction; an imperative at the start; or a subject pronoun followed by a verb-like word. Built
 *  to catch note-style lines ("Your call on next steps.", "Summary today, ready to pass on."). */
export function hasVerb(sentence: string): boolean {
  const s = sentence.replace(/^[“‘(]/, '');
  return SET_REPLIES.test(s) || AUXILIARIES.test(s) || IMPERATIVE.test(s) || SUBJECT_VERB.test(s);
}

/** Times the challenge's full text appears, with the leader's own words (quoted back) taken out. */
export function challengeMentions(doc: string, challenge: string, words?: string): number {
  const text = (words ? doc.split(words).join(' ') : doc).toLowerCase();
  const needle = challenge.replace(/\.$/, '').toLowerCase();
  return text.split(needle).length - 1;
}

interface Figures { longest: string; words: number[]; mentions: Map<string, number[]>; long: string[]; verbless: string[] }

function measure(cases: Case[]): Figures {
  const figures: Figures = { longest: '', words: [], mentions: new Map(), long: [], verbless: [] };
  for (const c of cases) {
    for (const [id, doc] of Object.entries(renderAll(c.profile))) {
      if (id === 'prep-doc') {
        if (wordCount(doc) > Math.max(0, ...figures.words)) figures.longest = `${c.label}\n${doc}`;
        figures.words.push(wordCount(doc));
      }
      const list = figures.mentions.get(id) ?? [];
      list.push(challengeMentions(doc, c.challenge, c.words));
      figures.mentions.set(id, list);
      for (const line of spokenLines(doc)) for (const sentence of sentencesOf(line)) {
        const n = wordCount(sentence);
        if (n > 30) figures.long.push(`${id} ${c.label} (${n}): ${sentence}`);
        if (!hasVerb(sentence)) figures.verbless.push(`${id} ${c.label}: ${sentence}`);
      }
    }
  }
  return figures;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
/** One line per distinct sentence, naming the documents it appears in. */
function distinct(xs: string[]): string[] {
  const docs = new Map<string, Set<string>>();
  for (const x of xs) {
    const [, id, sentence] = /^(\S+) \S+(?: \(\d+\))?: (.*)$/.exec(x) ?? [];
    if (sentence === undefined || id === undefined) continue;
    const set = docs.get(sentence) ?? new Set<string>();
    set.add(id);
    docs.set(sentence, set);
  }
  return [...docs].map(([sentence, ids]) => `[${[...ids].join(', ')}] (${wordCount(sentence)}) ${sentence}`);
}

suite('Two pages in spoken English: the prep doc over the enum matrix with typical answers', function () {
  this.timeout(600_000);
  let figures: Figures;
  const cases = matrix();

  suiteSetup(() => {
    figures = measure(cases);
    const words = figures.words;
    console.log(`      ${cases.length} profiles; prep doc words min ${Math.min(...words)} / median ${median(words)} / max ${Math.max(...words)}`);
    const [label, ...lines] = figures.longest.split('\n');
    const sections = lines.join('\n').split(/^(?=## )/m).map((part) => `${part.split('\n')[0]!.slice(0, 40)} ${wordCount(part)}`);
    console.log(`      longest (${label}): ${sections.join(' | ')}`);
    if (process.env.PAGES_LONGEST) writeFileSync(process.env.PAGES_LONGEST, lines.join('\n'));
    for (const [id, counts] of figures.mentions) console.log(`      challenge in full, ${id}: max ${Math.max(...counts)} per document, median ${median(counts)}`);
    console.log(`      spoken sentences over 30 words: ${figures.long.length} (${distinct(figures.long).length} distinct); verbless: ${figures.verbless.length} (${distinct(figures.verbless).length} distinct)`);
    for (const line of distinct(figures.long).slice(0, Number(process.env.PAGES_SHOW ?? 40))) console.log(`        long: ${line}`);
    for (const line of distinct(figures.verbless).slice(0, Number(process.env.PAGES_SHOW ?? 60))) console.log(`        verbless: ${line}`);
  });

  test('the measures catch what they are meant to catch', () => {
    assert.strictEqual(wordCount('## The ask\n\n> **You:** “I’d value 30 minutes.”\n|---|---|'), 7);
    assert.deepStrictEqual(spokenLines('> **You:** “Hello there.”\n- **“Not now.”** “Then in March.”\ntext “quoted”'), ['Hello there.', 'Then in March.']);
    assert.deepStrictEqual(sentencesOf('I scale 5x. Is p99 fine? “Yes.” e.g. this'), ['I scale 5x.', 'Is p99 fine?', '“Yes.” e.g. this']);
    assert.deepStrictEqual(sentencesOf('The answer was: ‘Not now.’ I will go back.'), ['The answer was: ‘Not now.’', 'I will go back.']);
    for (const bad of ['Your call on next steps.', 'Dates via your assistant.', 'Summary today, ready to pass on.', 'One decision, my options, my recommendation.']) {
      assert.ok(!hasVerb(bad), bad);
    }
    for (const good of ['I’ll send a summary.', 'Thank you for your time.', 'We stop on time.', 'That works.', 'Please judge me by my write-up.', 'Happy to do this in writing, if that suits you.']) {
      assert.ok(hasVerb(good), good);
    }
    assert.strictEqual(challengeMentions('Scaling the gateway. They said: “scaling the gateway”. scaling the gateway', 'scaling the gateway', '“scaling the gateway”'), 2);
  });

  test('no spoken sentence is over 30 words, in any document or tone', () => {
    assert.deepStrictEqual(distinct(figures.long).slice(0, 10), [], `${figures.long.length} spoken sentences over 30 words`);
  });

  test('every spoken sentence has a verb (set replies such as “Understood.” aside)', () => {
    assert.deepStrictEqual(distinct(figures.verbless).slice(0, 10), [], `${figures.verbless.length} verbless spoken sentences`);
  });

  // A country preset adds a relationship beat and culture notes that the communication x hierarchy
  // matrix above does not reach (an Indian-preset profile ran to 2,803 words before the cuts).
  test('every prep doc is at most 2,000 words with a country preset too (tones x relationships x first responses)', () => {
    const rows: string[] = [], over: string[] = [];
    let longest = { words: 0, label: '', doc: '' };
    const only = process.env.PAGES_COUNTRIES?.split(',');
    for (const country of COUNTRY_CODES.filter((c) => !only || only.includes(c))) {
      const words: number[] = [];
      let i = 0;
      for (const tone of TONES) for (const relationship of RELATIONSHIPS) for (const firstResponse of [...FIRST_RESPONSES, undefined]) {
        const typical = TYPICAL[i++ % TYPICAL.length]!;
        // The preset alone, as a user who picks a country has it (the example profile's two hand-set scales dropped).
        const profile = {
          ...exampleWith({ ...typical, tone, relationship, leader: { addressAs: 'Dana' }, ...(firstResponse ? { firstResponse, firstResponseWords: FIRST_ANSWER_WORDS[firstResponse] } : {}) }),
          culture: { country },
        };
        const doc = renderPrepDoc(profile), n = wordCount(doc);
        const label = `${country}/${relationship}/${tone}/${firstResponse ?? '-'}`;
        words.push(n);
        if (n > 2000) over.push(`${label} ${n}`);
        if (n > longest.words) longest = { words: n, label, doc };
      }
      rows.push(`${country} ${Math.max(...words)}`);
    }
    console.log(`      prep doc words, max per country preset: ${rows.join(', ')}`);
    const sections = longest.doc.split(/^(?=## )/m).map((part) => `${part.split('\n')[0]!.slice(0, 40)} ${wordCount(part)}`);
    console.log(`      longest with a preset (${longest.label}): ${sections.join(' | ')}`);
    if (process.env.PAGES_LONGEST_PRESET) writeFileSync(process.env.PAGES_LONGEST_PRESET, longest.doc);
    assert.deepStrictEqual(over.slice(0, 5), [], `${over.length} prep docs with a country preset over 2,000 words`);
  });

  test('a country preset’s notes on trust and disagreement are said once in the prep doc; the script document keeps them in the pause', () => {
    for (const country of ['IN', 'JP', 'BR']) {
      const docs = renderAll(exampleWith({ ...TYPICAL[0]!, culture: { country }, leader: { addressAs: 'Dana' } }));
      for (const repeated of ['Follow up the way the relationship works here', 'Listen for the objection and the no that are not said']) {
        assert.ok(docs['script']!.includes(repeated), `${country}: the script document says “${repeated}…”`);
        assert.ok(!docs['prep-doc']!.includes(repeated), `${country}: the prep doc repeats “${repeated}…” beside its culture notes`);
      }
      assert.match(docs['prep-doc']!, /How trust, disagreement and time work here/);
    }
  });

  test('every prep doc is at most 2,000 words', () => {
    const over = figures.words.map((n, i) => [n, cases[i]!.label] as const).filter(([n]) => n > 2000);
    assert.deepStrictEqual(over.slice(0, 5), [], `${over.length} of ${cases.length} prep docs over 2,000 words`);
  });
});
