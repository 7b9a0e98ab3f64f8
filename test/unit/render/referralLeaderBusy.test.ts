// A referral with a reason in the leader's words ("I can't take this on while the budget is being
// negotiated; talk to Andrej, he ran the e-invoicing platform"), in the public sector and in enterprises,
// in English and in the leader's language: their own situation is carried, the ask after it is one
// conversation with the person named, "them" is never both people, the one-pager's note holds together,
// and the reason for the person named is read in their language too.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { exampleWith, renderAll } from './helpers';
import { leaderBusyIn } from '../../../src/core/render/leaderBusy';
import { referralReasonOf } from '../../../src/core/render/referralReason';

const fixture = (name: string): Record<string, unknown> =>
  JSON.parse(fs.readFileSync(path.join(__dirname, '../../../test/fixtures/profiles/referral-reason', `${name}.json`), 'utf8')) as Record<string, unknown>;

/** The profiles, with what their words say keeps the leader busy and the person named. */
const PROFILES: [name: string, busy: string, referee: string][] = [
  ['si-public-budget', 'the budget round', 'Andrej Novak'],
  ['hr-enterprise-reorg', 'the reorganisation', 'Ivana Horvat'],
  ['pl-public-reorg', 'the reorganisation', 'Anna Lewandowska'],
  ['cz-enterprise-budget', 'the reorganisation', 'Petra Dvořáková'],
  ['pt-public-budget-de', 'the budget round', 'Frau Weber'],
];

suite('a referral with the leader’s own reason: what keeps them busy is carried', () => {
  const WORDS: [string, string | undefined][] = [
    ['I can\'t take this on while the budget is being negotiated. Talk to Andrej Novak, he ran the e-invoicing platform.', 'the budget round'],
    ['Not now, we are in the middle of a reorganisation. Speak to Petra.', 'the reorganisation'],
    ['Ne morem, ker smo sredi priprave proračuna. Pogovorite se z Andrejem.', 'the budget round'],
    ['Sad ne mogu jer smo usred reorganizacije. Javi se Ivani.', 'the reorganisation'],
    ['Teraz nie dam rady, bo trwa audyt. Proszę porozmawiać z Anną.', 'the audit'],
    ['Das geht gerade nicht, weil wir mitten in der Budgetrunde sind. Sprechen Sie mit Frau Weber.', 'the budget round'],
    ['Nu even niet, omdat we midden in een reorganisatie zitten. Praat met Sanne.', 'the reorganisation'],
    ['Pas maintenant, nous sommes en pleine réorganisation. Voyez Claire.', 'the reorganisation'],
    ['Agora não consigo, porque estamos em plena fusão. Fale com a Inês.', 'the merger'],
    ['Ahora no puedo, porque estamos con el presupuesto. Habla con Lucía.', 'the budget round'],
    // After the name, the words are about that person: their budget tool is no budget round of the leader's.
    ['Talk to Ana Silva, because she rebuilt the budget tool.', undefined],
    ['I am not the right person. Talk to Rokas.', undefined],
  ];
  for (const [words, busy] of WORDS) {
    const referTo = /(?:Andrej|Petra|Andrejem|Ivani|Anną|Frau Weber|Sanne|Claire|Inês|Lucía|Ana Silva|Rokas)/u.exec(words)?.[0];
    test(`“${words.slice(0, 48)}…”`, () => assert.strictEqual(leaderBusyIn(words, referTo === 'Ivani' ? 'Ivana' : referTo === 'Anną' ? 'Anna' : referTo)?.busy, busy));
  }

  for (const [name, busy, referee] of PROFILES) {
    test(`${name}: the prep doc reads it, the thank-you wishes them well with it`, () => {
      const docs = renderAll(fixture(name));
      assert.match(docs['prep-doc']!, new RegExp(`Right now ${busy} has first call on their calendar`));
      assert.match(docs['thank-you']!, new RegExp(`(?:Good luck|all the best) with ${busy}`));
      assert.match(docs['thank-you']!, new RegExp(`it thanks [^.]* for the pointer`));
      assert.doesNotMatch(docs['thank-you']!, /it thanks them for the pointer|still open for them/, '“them” would be either person');
      assert.ok(docs['prep-doc']!.includes(referee));
    });
  }

  test('German: the wish in German words, whatever language the leader used', () => {
    for (const name of ['si-public-budget', 'pt-public-budget-de']) assert.match(renderAll(fixture(name), 'de')['thank-you']!, /viel Erfolg mit der Budgetrunde/);
    assert.match(renderAll(fixture('hr-enterprise-reorg'), 'de')['thank-you']!, /viel Erfolg bei der Umstrukturierung/i);
  });

  test('no reason of theirs, no wish', () => {
    const docs = renderAll(exampleWith({ firstResponse: 'referral', firstResponseWords: 'Talk to Rokas Kazlauskas — he ran the customs integration.', firstResponseDetails: { referTo: 'Rokas Kazlauskas' }, tone: 'warm' }));
    assert.doesNotMatch(docs['thank-you']!, /Good luck|all the best/);
  });
});

suite('after a referral, manager-first asks for one conversation with the person named', () => {
  for (const [name, , referee] of PROFILES) {
    test(name, () => {
      const doc = renderAll(fixture(name))['manager-first']!;
      assert.match(doc, new RegExp(`talk to ${referee} first, and (?:only )?go back to`));
      assert.match(doc, new RegExp(`one conversation with ${referee}`));
      assert.doesNotMatch(doc, /My request is small: a single|The ask is small: a single|I’m asking for a single/, 'no conversation with the leader asked for now');
    });
  }
});

suite('after a referral, “them” is the leader: the person named is named', () => {
  const CASES: [words: string, referTo: string, tone: string, country: string][] = [
    ['Talk to Alex Morgan, who ran the platform migration.', 'Alex Morgan', 'formal', 'GB'],
    ['Sam Okafor is the one you want for this.', 'Sam Okafor', 'warm', 'NG'],
    ['Javi se Ivani Horvat, ona zna sve o tome.', 'Ivana Horvat', 'concise', 'HR'],
  ];
  for (const [words, referTo, tone, country] of CASES) {
    test(`${country}, ${tone}: ${referTo}`, () => {
      const prep = renderAll(exampleWith({ firstResponse: 'referral', firstResponseWords: words, firstResponseDetails: { referTo }, tone, culture: { country } }))['prep-doc']!;
      assert.doesNotMatch(prep, /contact them before you ask them|once you have met them, send them/);
      assert.match(prep, new RegExp(`contact (?:${referTo}|him|her) before you ask them`));
    });
  }
});

suite('the one-pager’s note after a referral holds together', () => {
  for (const [name] of PROFILES) {
    test(name, () => {
      const page = renderAll(fixture(name))['one-pager']!;
      assert.doesNotMatch(page, /Send it a day or two before the meeting/, 'there is no meeting with the leader yet');
      assert.match(page, /Not before you have met the person they named/);
    });
  }
  test('a page not to send has no “delete this line before sending”', () => {
    const p = exampleWith({ firstResponse: 'referral', firstResponseWords: 'Talk to Rokas Kazlauskas — he ran the customs integration. If you still want me afterwards, write to me.', firstResponseDetails: { referTo: 'Rokas Kazlauskas', channel: 'write to me' }, tone: 'concise' });
    const note = renderAll(p)['one-pager']!.split('\n').find((l) => /^\*Not to send/.test(l));
    assert.ok(note !== undefined);
    assert.doesNotMatch(note, /Delete this line before sending/);
  });
});

suite('the reason for the person named, in the leader’s language', () => {
  const CASES: [string, string, RegExp][] = [
    ['Pogovorite se z Andrejem Novakom, ker je vodil projekt e-računov.', 'Andrej Novak', /“je vodil projekt e-računov”/], // sl
    ['Javi se Ivani Horvat, jer je ona vodila migraciju kartičnog sustava.', 'Ivana Horvat', /“je ona vodila migraciju kartičnog sustava”/], // hr
    ['Proszę porozmawiać z panią Anną Lewandowską, bo ona prowadziła wdrożenie KSeF.', 'Anna Lewandowska', /“ona prowadziła wdrożenie KSeF”/], // pl
    ['Sprechen Sie mit Frau Weber, weil sie die Migration geleitet hat.', 'Frau Weber', /“sie die Migration geleitet hat”/], // de
    ['Praat met Sanne de Vries, omdat zij de migratie heeft geleid.', 'Sanne de Vries', /“zij de migratie heeft geleid”/], // nl
    ['Voyez Claire Martin, parce qu’elle a mené la migration.', 'Claire Martin', /“elle a mené la migration”/], // fr
    ['Habla con Lucía Gómez, porque ella llevó la migración.', 'Lucía Gómez', /“ella llevó la migración”/], // es
    ['Fale com a engenheira Inês Carvalho, ela fez exatamente isso na Segurança Social.', 'Inês Carvalho', /“fez exatamente isso na Segurança Social”/], // pt
  ];
  for (const [words, referTo, quoted] of CASES) {
    test(`“${words.slice(0, 48)}…”`, () => {
      const reason = referralReasonOf(words, referTo);
      assert.ok(reason !== undefined, 'a reason was given');
      assert.match(reason, quoted);
    });
  }
  test('the first message to them leaves the blank in italics, their words escaped', () => {
    const request = renderAll(fixture('hr-enterprise-reorg'))['request-meeting']!;
    assert.match(request, /get in touch with you, because you \*\(say in your own words what they named: “je ona vodila migraciju kartičnog sustava”\)\*\./);
  });
  test('English words after the name are no foreign reason', () => {
    assert.strictEqual(referralReasonOf('Talk to Anna Berg, on the platform team.', 'Anna Berg'), undefined);
  });
});
