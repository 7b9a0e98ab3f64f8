// A German letter to a public body (organization public-sector, „Sie“) opens „Sehr geehrte Frau …,“ /
// „Sehr geehrter Herr …,“ and closes „Mit freundlichen Grüßen“ in every tone, in Germany, Austria and
// Switzerland alike (Swiss spelling „Grüssen“, the salutation without its comma); the tone still shows
// in the body: warm stays warm, concise stays short. A former manager is still greeted „Liebe/r“ when warm.
import * as assert from 'assert';
import { renderFinished } from '../render/helpers';

const LEADERS = [{ addressAs: 'Frau Huber', name: 'Mag. Elisabeth Huber' }, { addressAs: 'Herr Brandt', name: 'Dr. Matthias Brandt' }];
/** The body of the first letter: from the salutation to the closing. */
const letter = (text: string): { greeting: string; closing: string; body: string } => {
  const lines = text.split('\n');
  const g = lines.findIndex((l) => /^(?:Sehr geehrte|Guten Tag|Liebe|Hallo)/u.test(l));
  const c = lines.findIndex((l, i) => i > g && /Grü(?:ß|ss)e(?:n)?$/u.test(l));
  assert.ok(g >= 0 && c > g, text);
  return { greeting: lines[g]!, closing: lines[c]!, body: lines.slice(g + 1, c).join('\n') };
};

suite('German letters to a public body: the formal salutation and closing in every tone', () => {
  test('DE, AT and CH, both genders, three relationships, the three documents: „Sehr geehrte/r“ and „Mit freundlichen Grüßen“ in formal, warm and concise', () => {
    let seen = 0;
    for (const country of ['DE', 'AT', 'CH']) for (const leader of LEADERS) for (const relationship of ['skip-level', 'cross-team', 'executive']) {
      for (const template of ['request-meeting', 'no-reply', 'thank-you']) {
        const words: Record<string, number> = {};
        for (const tone of ['formal', 'warm', 'concise']) {
          const text = renderFinished(template, { organization: 'public-sector', culture: { country }, leader: { ...leader, anrede: 'Sie' }, relationship, tone }, 'de');
          const at = `${country} ${leader.addressAs} ${relationship} ${template} ${tone}`;
          const { greeting, closing, body } = letter(text);
          assert.match(greeting, /^Sehr geehrte(?:r)? (?:Frau|Herr) /u, at);
          assert.match(closing, /^Mit freundlichen Grü(?:ß|ss)en$/u, at);
          words[tone] = body.split(/\s+/u).length;
          seen++;
        }
        // The tone is kept in the body: concise is the shortest.
        if (template === 'request-meeting') assert.ok(words.concise! < words.formal! && words.concise! < words.warm!, `${country} ${relationship}: ${JSON.stringify(words)}`);
      }
    }
    assert.strictEqual(seen, 162);
  });

  test('a former manager in a public body, warm: still „Liebe/r“; a company, warm: still „Guten Tag“ and „Herzliche Grüße“', () => {
    const former = letter(renderFinished('request-meeting', { organization: 'public-sector', leader: { ...LEADERS[0], anrede: 'Sie' }, relationship: 'former-manager', tone: 'warm' }, 'de'));
    assert.match(former.greeting, /^Liebe Frau Huber,/u);
    const company = letter(renderFinished('request-meeting', { organization: 'enterprise', leader: { ...LEADERS[1], anrede: 'Sie' }, relationship: 'cross-team', tone: 'warm' }, 'de'));
    assert.match(company.greeting, /^Guten Tag, Herr Brandt,/u);
    assert.match(company.closing, /^Herzliche Grüße$/u);
  });
});
