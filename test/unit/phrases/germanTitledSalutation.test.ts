// A leader addressed by an academic title and the family name, with no „Herr“/„Frau“ typed („DI Gruber“,
// „Dr. Gruber“, „Mag. Berger“): a German letter puts the salutation before the title when the profile
// tells the gender (a pronoun in the answers about them, a feminine role, or a masculine German role
// noun such as „Leiter der IT-Abteilung“ typed about this one person) and names them the same way in
// running text („Herr DI Gruber hat mir geraten …“). When nothing tells, the full name with its title
// („Guten Tag, DI Herbert Gruber,“), never the title and family name alone („Guten Tag, DI Gruber,“).
import * as assert from 'assert';
import { leaderGender } from '../../../src/core/render/german';
import { renderFinished } from '../render/helpers';

interface Leader { name: string; addressAs: string; role: string; about?: string; salutation: string | undefined }

const LEADERS: Leader[] = [
  { name: 'DI Herbert Gruber', addressAs: 'DI Gruber', role: 'Leiter der IT-Abteilung Versichertenservices', salutation: 'Herr DI Gruber' },
  { name: 'Dr. Klaus Gruber', addressAs: 'Dr. Gruber', role: 'Bereichsleiter Netze', salutation: 'Herr Dr. Gruber' },
  { name: 'Mag. Thomas Berger', addressAs: 'Mag. Berger', role: 'Geschäftsführer Technik', salutation: 'Herr Mag. Berger' },
  { name: 'Dr. Urs Keller', addressAs: 'Dr. Keller', role: 'Direktor Informatik', salutation: 'Herr Dr. Keller' },
  { name: 'Dr. Petra Lang', addressAs: 'Dr. Lang', role: 'CIO', about: 'how she ran the carve-out', salutation: 'Frau Dr. Lang' },
  { name: 'DI Eva Moser', addressAs: 'DI Moser', role: 'Abteilungsleiterin Netze', salutation: 'Frau DI Moser' },
  // Nothing tells: an English role, a role written for both („Leiter/in“), or „she“ against a masculine noun.
  { name: 'DI Herbert Gruber', addressAs: 'DI Gruber', role: 'CTO', salutation: undefined },
  { name: 'Dr. Kim Gruber', addressAs: 'Dr. Gruber', role: 'Leiter/in Plattform', salutation: undefined },
  { name: 'Dr. Kim Gruber', addressAs: 'Dr. Gruber', role: 'Leiter:in Plattform', salutation: undefined },
];

const salutationLine = (text: string): string => text.split('\n').find((l) => /^(?:Sehr geehrte|Liebe|Guten Tag|Hallo)/u.test(l)) ?? '';

suite('German letters: a titled form of address gets „Herr“/„Frau“ before the title when the profile tells it', () => {
  test('the masculine German role noun about one person tells „Herr“; a role for both or an English role does not', () => {
    assert.strictEqual(leaderGender('DI Gruber', 'DI Herbert Gruber', 'Leiter der IT-Abteilung', ''), 'herr');
    assert.strictEqual(leaderGender('Dr. Gruber', 'Dr. Klaus Gruber', 'IT-Leiter', ''), 'herr');
    assert.strictEqual(leaderGender('Dr. Gruber', 'Dr. Klaus Gruber', 'CIO und Geschäftsführer', ''), 'herr');
    assert.strictEqual(leaderGender('Dr. Gruber', 'Dr. Kim Gruber', 'Leiter/in IT', ''), 'none');
    assert.strictEqual(leaderGender('Dr. Gruber', 'Dr. Kim Gruber', 'Leiter*in IT', ''), 'none');
    assert.strictEqual(leaderGender('Dr. Gruber', 'Dr. Kim Gruber', 'Leiter (in) IT', ''), 'none');
    assert.strictEqual(leaderGender('Dr. Gruber', 'Dr. Kim Gruber', 'IT-Leiter (m/w/d)', ''), 'none');
    assert.strictEqual(leaderGender('Dr. Gruber', 'Dr. Kim Gruber', 'Engineering Manager', ''), 'none');
    assert.strictEqual(leaderGender('Dr. Gruber', 'Dr. Kim Gruber', 'Director of Engineering', ''), 'none');
    // Her own pronouns win over a generic masculine noun.
    assert.strictEqual(leaderGender('Dr. Gruber', 'Dr. Kim Gruber', 'Bereichsleiter', 'what she decided'), 'frau');
  });

  test('DE, AT, CH × three tones × Sie: „Sehr geehrter Herr DI Gruber“, the full name with its title when nothing tells', () => {
    let seen = 0;
    for (const l of LEADERS) for (const country of ['DE', 'AT', 'CH']) for (const tone of ['formal', 'warm', 'concise']) {
      for (const t of ['request-meeting', 'no-reply', 'thank-you']) {
        const text = renderFinished(t, {
          tone, relationship: 'skip-level', organization: 'enterprise', culture: { country },
          leader: { name: l.name, addressAs: l.addressAs, role: l.role }, ...(l.about ? { expertiseApplied: l.about } : {}),
        }, 'de');
        const line = salutationLine(text);
        const where = `${t} ${country} ${tone} ${l.addressAs} (${l.role})`;
        assert.notStrictEqual(line, '', where);
        seen++;
        // Never the title and family name alone after „Guten Tag“, nor after „Sehr geehrte/r“.
        assert.doesNotMatch(line, new RegExp(`^(?:Guten Tag,? |Sehr geehrter? )${l.addressAs.replace('.', '\\.')}\\b`, 'u'), where);
        if (l.salutation) {
          const female = l.salutation.startsWith('Frau');
          const formal = tone === 'formal' ? `Sehr geehrte${female ? '' : 'r'} ${l.salutation}` : `Guten Tag${country === 'CH' ? '' : ','} ${l.salutation}`;
          assert.strictEqual(line.replace(/,$/u, ''), formal, where);
        } else {
          assert.strictEqual(line.replace(/,$/u, ''), `Guten Tag${country === 'CH' ? '' : ','} ${l.name}`, where);
        }
      }
    }
    assert.ok(seen >= LEADERS.length * 27);
  });

  test('in running text too: „Herr DI Gruber hat mir geraten“, not the full name, in the letter to the person they named', () => {
    for (const l of LEADERS.filter((x) => x.salutation)) for (const country of ['DE', 'AT']) for (const tone of ['formal', 'concise']) {
      const text = renderFinished('request-meeting', {
        tone, culture: { country }, firstResponse: 'referral',
        firstResponseWords: 'Reden Sie mit Frau Dr. Hofbauer, die weiß da viel mehr als ich.',
        firstResponseDetails: { referTo: 'Frau Dr. Hofbauer' },
        leader: { name: l.name, addressAs: l.addressAs, role: l.role }, ...(l.about ? { expertiseApplied: l.about } : {}),
      }, 'de');
      assert.match(text, new RegExp(`${l.salutation!.replace('.', '\\.')} hat mir geraten`, 'u'), `${country} ${tone} ${l.addressAs}`);
      assert.doesNotMatch(text, new RegExp(`(?<!Herr |Frau )${l.name.replace('.', '\\.')} hat mir geraten`, 'u'));
    }
  });

  test('„du“ and a first name: no „Herr“/„Frau“ before it, whatever the role says', () => {
    for (const [given, role] of [['Herbert', 'Teamleiter Daten'], ['Herta', 'Teamleiterin Daten'], ['Herbert', 'Head of Data']] as const) {
      for (const tone of ['formal', 'warm', 'concise']) for (const t of ['request-meeting', 'thank-you']) {
        const text = renderFinished(t, { tone, culture: { country: 'DE' }, leader: { name: `${given} Gruber`, addressAs: given, anrede: 'du', role } }, 'de');
        assert.match(salutationLine(text), new RegExp(`^(?:Hallo|Liebe|Lieber) ${given},$`, 'u'), `${t} ${role} ${tone}`);
        assert.doesNotMatch(text, /(?:Herr|Frau) Her(?:bert|ta)\b/u, `${t} ${role} ${tone}`);
      }
    }
  });
});
