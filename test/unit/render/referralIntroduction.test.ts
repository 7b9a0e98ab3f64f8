// A referral: the first message to the person named waits for the leader's word. When they said they
// would tell that person first or introduce you ("Let me tell her first", "I'll introduce you",
// „ich sage ihr vorher Bescheid“), the request thanks them for it and waits; when they said nothing of
// it, the request asks whether they will introduce you or you may mention them. The message to the
// person named says who suggested it, as the documents call the leader ("Khun Wichai kindly suggested
// I contact you"; in German the full name), and is sent only after that word. The script is for later, after
// that person: the question went to them.
import * as assert from 'assert';
import { exampleWith, renderAll, renderFinished } from './helpers';

const INTRODUCE = [
  { words: 'Oh, for this one I think Khun Pimchanok is better than me krub, she did the whole cross-border switch. Let me tell her first, then you can go see her.',
    referTo: 'Khun Pimchanok', addressAs: 'Khun Wichai', name: 'Wichai Chaiyaporn', pronoun: 'her', country: 'TH', tone: 'formal' },
  { words: 'Honestly, Anna Kowalska knows this far better than I do. I\'ll introduce you to her next week.', referTo: 'Anna Kowalska', addressAs: 'Piotr', name: 'Piotr Nowak', pronoun: 'her', country: 'PL', tone: 'warm' },
  { words: 'Talk to Mr Okafor. I will let him know you are going to reach out.', referTo: 'Mr Okafor', addressAs: 'Mr Adeyemi', name: 'Tunde Adeyemi', pronoun: 'him', country: 'NG', tone: 'concise' },
  { words: 'Das macht bei uns Herr Keller. Ich sage ihm vorher Bescheid, dann melden Sie sich bei ihm.', referTo: 'Herr Keller', addressAs: 'Dr Brandt', name: 'Katrin Brandt', pronoun: 'him', country: 'DE', tone: 'formal' },
] as const;

const ASK = [
  { words: 'Talk to Marcos Silva, he knows this better than I do.', referTo: 'Marcos Silva', addressAs: 'Ana', name: 'Ana Souza', pronoun: 'him', country: 'BR', tone: 'warm' },
  { words: 'Priya Raman built exactly that; she is the one to ask.', referTo: 'Priya Raman', addressAs: 'Mr Mehta', name: 'Rohan Mehta', pronoun: 'her', country: 'IN', tone: 'formal' },
  { words: 'Not me, I am afraid. Lukas Brandl ran that migration.', referTo: 'Lukas Brandl', addressAs: 'Eva', name: 'Eva Huber', pronoun: 'them', country: 'AT', tone: 'concise' },
] as const;

type Case = typeof INTRODUCE[number] | typeof ASK[number];
const profileOf = (c: Case) => exampleWith({
  firstResponse: 'referral', firstResponseWords: c.words, firstResponseDetails: { referTo: c.referTo },
  leader: { addressAs: c.addressAs, name: c.name }, culture: { country: c.country }, tone: c.tone,
});
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const SENT_AT_ONCE = /Send it once the message above has gone/;

suite('a referral: the first message to the person named waits for the leader’s word', () => {
  for (const c of INTRODUCE) {
    test(`they tell that person first, ${c.country}, ${c.tone}: “${c.words.slice(0, 40)}…”`, () => {
      const docs = renderAll(profileOf(c));
      const request = docs['request-meeting']!;
      assert.match(request, new RegExp(`(?:offering to let ${c.pronoun} know first|offering to tell ${c.pronoun} first)`), 'the request thanks them for telling that person first');
      assert.match(request, /wait for your word/, 'and waits for it');
      assert.doesNotMatch(request, /I(?: will|’ll) get in touch and let you know/, 'no promise to write at once');
      assert.doesNotMatch(request, SENT_AT_ONCE, 'the message to the person named is not sent at once');
      assert.match(request, new RegExp(`Wait for .*’s word: (?:they|she|he) said (?:they|she|he) would let ${c.pronoun} know first`), 'the note waits for their word');
      assert.match(request, new RegExp(`${escape(c.addressAs)} (?:kindly )?suggested I`), 'the message says who suggested it, as the leader is called');
      // The script is for later, after that person (the question went to them): the request's note holds the wait.
      assert.match(docs['script']!, /the question is with .* now\. Meet (?:him|her|them) first/, 'the script comes after the person named');
    });
  }
  for (const c of ASK) {
    test(`nothing said of it: the request asks, ${c.country}, ${c.tone}: “${c.words.slice(0, 40)}…”`, () => {
      const docs = renderAll(profileOf(c));
      const request = docs['request-meeting']!;
      assert.match(request, /(?:Would you be willing to|Would you like to|Will you) introduce us, or may I mention/, 'the request asks whether they introduce you or you may mention them');
      assert.doesNotMatch(request, SENT_AT_ONCE, 'the message to the person named waits for the answer');
      assert.match(request, /Wait for .*’s answer to the question above/, 'the note waits for the answer');
      assert.match(docs['script']!, /the question is with .* now\. Meet (?:him|her|them) first/, 'the script comes after the person named');
    });
  }
  test('where they said to use their name, the message goes once the request has gone, and nothing is asked', () => {
    const text = renderFinished('request-meeting', { tone: 'formal', firstResponse: 'referral', firstResponseWords: 'Talk to Priya Nair, she built exactly that. Tell her I sent you.', firstResponseDetails: { referTo: 'Priya Nair' } });
    assert.match(text, SENT_AT_ONCE);
    assert.doesNotMatch(text, /introduce us, or may I mention/);
  });
  test('German: the request thanks them for telling that person first and waits; the note says to wait', () => {
    for (const tone of ['formal', 'warm', 'concise'] as const) {
      for (const words of ['Das macht bei uns Herr Keller. Ich sage ihm vorher Bescheid, dann melden Sie sich bei ihm.', 'Sprechen Sie mit Frau Berger; ich stelle Sie ihr vor.']) {
        const referTo = /Herr Keller|Frau Berger/.exec(words)![0];
        const text = renderFinished('request-meeting', { tone, firstResponse: 'referral', firstResponseWords: words, firstResponseDetails: { referTo }, leader: { addressAs: 'Frau Dr. Brandt', name: 'Katrin Brandt' } }, 'de');
        assert.match(text, /dass (?:Sie|du) vorab Bescheid (?:geben|gibst)/, `${tone}: ${words}`);
        assert.doesNotMatch(text, /Darf ich dabei erwähnen/, `${tone}: nothing asked that they already answered`);
        assert.match(text, /Warten Sie, bis .* Bescheid gegeben hat/, `${tone}: the note waits`);
        assert.match(text, /Frau Dr\. Brandt hat mir geraten/, `${tone}: the message says who suggested it, as the documents call them`);
      }
    }
  });
});
