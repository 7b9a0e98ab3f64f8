// The register of a former manager or a warm relationship follows how the two address each other: a
// first name they use is greeted "Hi" (or "Dear" where the tone is formal), the user signs with the
// short name the leader's words call them by (else their given name), and a stranger named in a
// referral is greeted in the culture's usual form, never "Hi" with a first name and surname.
import * as assert from 'assert';
import { exampleWith, render } from './helpers';

const COUNTRIES = ['PE', 'MX', 'IN', 'DE', 'FR', 'US'];
const greetings = (doc: string) => doc.split('\n').map((l) => l.replace(/^>\s*/u, '').trim()).filter((l) => /^(?:Dear|Hi|Hello)\b.*,$/u.test(l));
const signOff = (doc: string) => {
  const lines = doc.split('\n');
  const at = lines.findIndex((l) => /^(?:Kind regards|Thank you|Thanks|Best|Thanks again),$/u.test(l));
  return lines.slice(at + 1).find((l) => l.trim() !== '');
};

const formerManager = (country: string, tone: string, patch: Record<string, unknown> = {}) => {
  const p = exampleWith({
    you: { name: 'Valeria Huamán' }, leader: { name: 'Jorge Quispe', addressAs: 'Jorge' }, relationship: 'former-manager', tone,
    firstResponse: 'no-time', firstResponseWords: 'Ay Vale, ahorita estoy a full con lo del regulador.', ...patch,
  });
  p.culture = { country };
  return p;
};

suite('register: a former manager or a warm relationship (issue 22)', () => {
  test('a first name they use is greeted “Hi” in a warm or concise tone, “Dear” in a formal one, in every country', () => {
    for (const country of COUNTRIES) {
      for (const tone of ['warm', 'concise', 'formal']) {
        for (const id of ['request-meeting', 'thank-you', 'no-reply']) {
          for (const g of greetings(render(id, formerManager(country, tone)))) {
            if (!g.includes('Jorge')) continue;
            if (tone === 'formal') assert.match(g, /^Dear Jorge,$/u, `${country} ${tone} ${id}`);
            else assert.match(g, /^(?:Hi|Hello) Jorge[,]/u, `${country} ${tone} ${id}: “${g}”`);
          }
        }
      }
    }
  });

  test('the sign-off is the short name their words call you by, else your given name', () => {
    for (const country of COUNTRIES) {
      for (const tone of ['warm', 'concise']) {
        assert.strictEqual(signOff(render('request-meeting', formerManager(country, tone))), 'Vale', `${country} ${tone}`);
        const plain = formerManager(country, tone, { firstResponseWords: 'I am swamped with the regulator right now.' });
        assert.strictEqual(signOff(render('request-meeting', plain)), 'Valeria', `${country} ${tone}`);
      }
    }
  });

  test('a stranger named in a referral is greeted in the culture’s usual form, never with “Hi” and a full name', () => {
    const expected: Record<string, RegExp> = {
      PE: /^Dear Rocío,$/u, MX: /^Dear Rocío,$/u, IN: /^Dear Rocío,$/u, DE: /^Dear Rocío,$/u, FR: /^Dear Rocío,$/u, US: /^(?:Hi|Dear) Rocío,$/u,
    };
    for (const country of COUNTRIES) {
      for (const tone of ['warm', 'concise', 'formal']) {
        for (const relationship of ['former-manager', 'skip-level', 'cross-team']) {
          const p = formerManager(country, tone, { relationship, firstResponse: 'referral', firstResponseDetails: { referTo: 'Rocío Salazar' },
            firstResponseWords: 'Talk to Rocío Salazar, who runs payments architecture.' });
          const doc = render('request-meeting', p);
          const to = doc.slice(doc.indexOf('the first message'));
          const g = greetings(to)[0];
          assert.ok(g, `${country} ${tone} ${relationship}: a greeting to the referral`);
          assert.doesNotMatch(g, /Rocío Salazar/u, `${country} ${tone} ${relationship}`);
          assert.match(g, expected[country]!, `${country} ${tone} ${relationship}: “${g}”`);
        }
      }
    }
    // Their title, where the leader gave one, is the culture's form: title and family name.
    const titled = formerManager('PE', 'warm', { firstResponse: 'referral', firstResponseDetails: { referTo: 'Dra. Rocío Salazar' }, firstResponseWords: 'Habla con la Dra. Rocío Salazar.' });
    const doc = render('request-meeting', titled);
    assert.match(doc.slice(doc.indexOf('the first message')), /^Dear Dra\. Salazar,$/mu);
  });
});
