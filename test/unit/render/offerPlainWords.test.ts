// Their offer, in a line sent or spoken to them, is named in plain words of the document's language ("the
// lunch you offered", "a coffee"), never their own words quoted back with a translation gloss and the
// pronouns turned round ("un almuerzo cuando quieras (lunch whenever I like)"). Their exact words belong
// in the user's own notes only.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { exampleWith, renderAll, section } from './helpers';

const OFFERS: [string, string, RegExp][] = [
  ['un almuerzo cuando quieras (lunch whenever you like)', 'Y un almuerzo cuando quieras, eso sí.', /\blunch\b/],
  ['en kop kaffe when I have something concrete', 'Skriv til mig når du står med noget konkret, så tager vi en kop kaffe.', /\bcoffee\b/],
  ['einen Kaffee, wenn ich in Bern bin', 'Gern, auf einen Kaffee, wenn ich in Bern bin.', /\bcoffee\b/],
  ['a walk round the lake when I’m back', 'Happy to, but nothing regular: a walk round the lake when I’m back.', /\bwalk\b/],
];

/** What is sent or said to them: the request's message and chat, the script's spoken lines, the thank-you
 *  note and the one-pager, without the notes to the user (italic lines) and headings. */
function sentAndSpoken(docs: Record<string, string>): string {
  const sent = (t: string) => t.split('\n').filter((l) => l.trim() !== '' && !/^\s*\*[^*]/.test(l) && !/^#/.test(l)).join('\n');
  const spoken = (t: string) => t.split('\n').filter((l) => l.startsWith('> **You:**')).join('\n');
  return [sent(section(docs['request-meeting']!, 'The message')), sent(section(docs['request-meeting']!, 'As a chat message')),
    spoken(docs['script']!), sent(section(docs['thank-you']!, 'The note')), sent(docs['one-pager']!)].join('\n');
}

suite('Their offer named in plain words in what is sent or said to them', () => {
  for (const [offered, words, kind] of OFFERS) {
    for (const [tone, firstResponse] of [['formal', 'yes-with-limits'], ['warm', 'yes-with-limits'], ['concise', 'yes-with-limits']] as const) {
      test(`${tone}, ${firstResponse}: ${offered}`, () => {
        const docs = renderAll(exampleWith({ tone, firstResponse, firstResponseWords: words, firstResponseDetails: { offered }, managerKnows: true }));
        const said = sentAndSpoken(docs);
        const distinctive = offered.split(/[\s,()]+/u).filter((w) => w.length > 4)[0]!;
        assert.ok(!said.includes(`“${offered}`) && !said.includes(`‘${offered}`), said);
        assert.doesNotMatch(said, new RegExp(`[“‘][^”’]*${distinctive}`, 'u'), said);
        assert.match(said, kind, said);
      });
    }
  }
  test('an offer of no known kind, in another language with the user’s translation: their words quoted, without the gloss', () => {
    for (const tone of ['formal', 'warm', 'concise']) {
      const docs = renderAll(exampleWith({ tone, firstResponse: 'yes-with-limits', firstResponseWords: 'Te puedo dar una mano con eso de vez en cuando.', firstResponseDetails: { offered: 'una mano de vez en cuando (a hand now and then)' }, managerKnows: true }));
      const said = sentAndSpoken(docs);
      assert.match(said, /una mano de vez en cuando/u, said);
      assert.doesNotMatch(said, /a hand now and then/u, said);
    }
  });
  test('the two reader profiles: no quoted offer with a gloss in what is sent or said', () => {
    for (const name of ['pe-quispe', 'dk-holm']) {
      const p = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../test/fixtures/reader-profiles/r18', `${name}.json`), 'utf8')) as Record<string, unknown>;
      const said = sentAndSpoken(renderAll(p));
      assert.doesNotMatch(said, /[“‘][^”’]*(?:almuerzo|kaffe)/u, `${name}: ${said}`);
      assert.doesNotMatch(said, /whenever I like/u, name);
    }
  });
});
