// The body of the meeting request, the reply to a no and the thank-you note in German (phrases/de/),
// chosen by the display language; the other documents keep an English body under German headings.
import * as assert from 'assert';
import BUILTIN from 'phrases:builtin';
import { builtinBundle, documentLocale } from '../../../src/core/phrases/phrasebook';
import { germanTopicForm } from '../../../src/core/phrases/germanTopic';
import { renderDocument } from '../../../src/core/render/document';
import { TemplateLibrary } from '../../../src/core/render/library';
import { validateProfile } from '../../../src/core/profile/validate';
import { FIRST_RESPONSES } from '../../../src/core/profile/profile';
import { builtinGlossary } from '../../../src/core/vocabulary/glossary';
import { exampleWith, TODAY } from '../render/helpers';
import { theirReferral } from '../../../src/core/render/german';

const GERMAN = ['request-meeting', 'no-reply', 'thank-you'];
const library = new TemplateLibrary();
const render = (template: string, patch: Record<string, unknown>, language = 'de') => {
  const v = validateProfile(exampleWith(patch));
  assert.ok(v.ok);
  const out = renderDocument(library, template, { profile: v.profile, glossary: builtinGlossary(), today: TODAY, language });
  assert.ok(out.ok, JSON.stringify(!out.ok && out.problem));
  return out;
};
/** Words that mark an English sentence (the profile's own values are English in these tests). */
const ENGLISH = /\b(?:I will|I’ll|Thank you|Thanks|Kind regards|Dear|Subject|your time|If the timing)\b/;

suite('German documents: the request, the reply to a no and the thank-you note', () => {
  test('a document is German when phrases/de/ has its file; the others keep English', () => {
    for (const t of GERMAN) assert.strictEqual(documentLocale(t, 'de'), 'de', t);
    for (const t of ['prep-doc', 'script', 'async-update']) assert.strictEqual(documentLocale(t, 'de'), 'en', t);
    assert.strictEqual(documentLocale('thank-you', 'en'), 'en');
    assert.strictEqual(documentLocale('thank-you', 'fr'), 'en');
  });

  test('every German message has the English message of the same ID to fall back on (the German-only words aside)', () => {
    // Words English gets ready-made (rhythm.ts) or never needs (the „du“/„Sie“ of „wann es Ihnen passt“).
    const GERMAN_ONLY = new Set(['shared-rhythm', 'shared-when-it-suits', 'shared-about-challenge', 'shared-about-challenge-topic', 'shared-about-topic', 'shared-about-topic-sentence', 'shared-admired',
      // A German subject line's lead, before its topic (SUBJECT, germanTopic.ts).
      'request-subject-lead-indirect', 'request-subject-lead-async', 'request-subject-lead-meeting', 'request-subject-lead-offered', 'request-subject-lead-review',
      // The formal salutation and the closing a public body gets in every tone.
      'greeting-formal-frau', 'greeting-formal-herr', 'signoff-sie',
      // The referral mention, said or asked, shared by the German tones (English writes it into each tone).
      'request-referral-mention',
      // How the notes to the user name the leader (English says "they").
      'leader-named', 'leader-named-start', 'leader-named-dative', 'leader-pronoun-dative', 'leader-pronoun-start',
      // After a referral, the German message only thanks: its note, shared by the three shapes.
      'request-note-referred',
      // After a referral to a named person, the chat line the three shapes share (English writes it into each shape).
      'request-chat-referral-named',
      // After a referral the German request asked for no time: the thank-you thanks the referral (both thanks share it).
      'thank-you-referral-thanks',
      // The person named, in the dative German needs after „mit“ (English writes the name into the sentence).
      'thank-you-pointer-with']);
    const english = builtinBundle('en')!;
    for (const f of BUILTIN.de ?? []) {
      for (const id of f.text.match(/^[a-z][\w-]*(?= *=)/gm) ?? []) if (!GERMAN_ONLY.has(id)) assert.ok(english.hasMessage(id), `${f.file}: ${id} has no English message`);
    }
  });

  test('over every tone, first answer, format and relationship, the three documents say no English sentence and leave no variable unfilled', () => {
    const firsts = [undefined, ...FIRST_RESPONSES, 'declined-in-words'];
    let rendered = 0;
    for (const tone of ['formal', 'warm', 'concise']) {
      for (const format of ['meetings', 'async', 'mixed']) {
        for (const [i, firstResponse] of firsts.entries()) {
          const relationship = ['skip-level', 'cross-team', 'executive', 'former-manager'][i % 4];
          const communication = i % 2 ? 'indirect' : 'direct';
          for (const t of GERMAN) {
            const out = render(t, { tone, format, relationship, culture: { communication, hierarchy: i % 3 ? 'flat' : 'hierarchical' }, ...(firstResponse === 'declined-in-words' ? { firstResponseWords: 'No, I cannot take this on.' } : firstResponse ? { firstResponse } : {}) });
            assert.deepStrictEqual(out.phraseProblems, [], `${t} ${tone} ${format} ${firstResponse}`);
            assert.doesNotMatch(out.text, /\{\$|⟦/, `${t} ${tone} ${format} ${firstResponse}`);
            const english = out.text.split('\n').find((l) => ENGLISH.test(l));
            assert.strictEqual(english, undefined, `${t} ${tone} ${format} ${firstResponse}: an English line`);
            rendered++;
          }
        }
      }
    }
    assert.ok(rendered >= 3 * 3 * 9 * 3);
  });

  test('the same profile in English is unchanged by the German files, and the prep doc stays English under German headings', () => {
    const english = render('request-meeting', { tone: 'formal' }, 'en').text;
    assert.match(english, /\*\*Subject:\*\*/);
    const german = render('request-meeting', { tone: 'formal' }).text;
    assert.match(german, /\*\*Betreff:\*\*/);
    assert.match(german, /^Mit freundlichen Grüßen$/m);
    const prep = render('prep-doc', { tone: 'formal' }).text;
    assert.match(prep, /^# Mentorship-Vorbereitung|^# /);
    assert.doesNotMatch(prep, /Mit freundlichen Grüßen|Guten Tag/, 'no German greeting inside an English body');
  });
});

/** A German noun phrase typed by the user in the nominative, one per grammatical gender: after a
 *  preposition or an article of the message's own ("zu die Ablösung", "mit den Aufbau") it is wrong. */
const GENDERED = [
  { challenge: 'der Aufbau eines Plattformteams', challengeShort: 'der Plattformaufbau', expertise: 'der Aufbau von Plattformteams im Mittelstand', expertiseApplied: 'der Zuschnitt zwischen Plattform- und Produktteams' },
  { challenge: 'die Ablösung des Wohngeld-Fachverfahrens', challengeShort: 'die Ablösung', expertise: 'die Modernisierung von Fachverfahren', expertiseApplied: 'die Reihenfolge der Migrationsschritte' },
  { challenge: 'das Plattformteam für fünf Produktteams', challengeShort: 'das Plattformteam', expertise: 'das Betreiben von Kernbankensystemen', expertiseApplied: 'das Schneiden der ersten Module' },
];
const GOVERNS = new Set(('an am ans auf aufs aus bei beim bis durch für gegen hinter in im ins mit nach neben ohne seit über um unter von vom vor zu zum zur zwischen wegen während trotz statt ' +
  'der die das den dem des ein eine einen einem einer eines mein meine meinen meinem meiner unser unsere unseren unserem unserer ihr ihre ihren ihrem ihrer dieser diese diesen diesem dieses').split(' '));

/** Each place the text holds `value`: the word just before it (its own leading article counted as
 *  part of it), or '' when punctuation or the line's start comes first. */
function wordsBefore(text: string, value: string): string[] {
  const [article, ...rest] = value.split(' ');
  const core = rest.join(' ');
  const found: string[] = [];
  for (let i = text.indexOf(core); i !== -1; i = text.indexOf(core, i + 1)) {
    let before = text.slice(0, i).replace(/\s+$/, '');
    if (before.toLowerCase().endsWith(article.toLowerCase()) && !/\p{L}/u.test(before.charAt(before.length - article.length - 1))) before = before.slice(0, before.length - article.length).replace(/\s+$/, '');
    found.push(/\p{L}$/u.test(before) ? before.match(/\p{L}+$/u)![0] : '');
  }
  return found;
}

suite('German documents: the user’s own words are never governed by a preposition or article of the message', () => {
  test('wordsBefore finds the governing word, the user’s article aside', () => {
    assert.deepStrictEqual(wordsBefore('Bitte um 30 Minuten zu die Ablösung des Verfahrens', 'die Ablösung des Verfahrens'), ['zu']);
    assert.deepStrictEqual(wordsBefore('Thema: die Ablösung des Verfahrens. mit Ablösung des Verfahrens', 'die Ablösung des Verfahrens'), ['', 'mit']);
  });

  test('a masculine, a feminine and a neuter phrase in every tone, format and first answer: after a colon, a dash, a bracket or alone', () => {
    const firsts = [undefined, ...FIRST_RESPONSES];
    let seen = 0;
    for (const words of GENDERED) {
      for (const tone of ['formal', 'warm', 'concise']) {
        for (const format of ['meetings', 'async']) {
          for (const [i, firstResponse] of firsts.entries()) {
            const relationship = ['skip-level', 'cross-team', 'executive', 'former-manager'][i % 4];
            const communication = i % 2 ? 'indirect' : 'direct';
            for (const t of GERMAN) {
              const out = render(t, {
                tone, format, relationship, culture: { communication, hierarchy: i % 3 ? 'flat' : 'hierarchical' }, ...(firstResponse ? { firstResponse } : {}),
                challenge: words.challenge, challengeShort: words.challengeShort, expertiseApplied: words.expertiseApplied, leader: { expertise: words.expertise },
                ...(firstResponse === 'yes-with-limits' ? { firstResponseDetails: { offered: 'eine Frage im Monat' } } : {}),
              });
              for (const value of [words.challenge, words.challengeShort, words.expertise, words.expertiseApplied]) {
                for (const w of wordsBefore(out.text, value)) {
                  seen++;
                  // „um“ only before words whose accusative is their nominative (germanTopic.ts: „um die Ablösung“).
                  assert.ok(!GOVERNS.has(w.toLowerCase()) || (w === 'um' && germanTopicForm(value) === 'um'), `${t} ${tone} ${format} ${firstResponse}: „${w} ${value}“`);
                }
              }
            }
          }
        }
      }
    }
    assert.ok(seen >= 3 * 3 * 2 * firsts.length * 3, `only ${seen} insertions seen`);
  });
});

/** What users type as the leader's expertise, in every shape the free-text field gets:
 *  a noun phrase without an article, with one in the nominative and in the dative, and a verb phrase. */
const TYPED_EXPERTISE = ['kritische Infrastruktur und KRITIS-konforme IT-Architekturen', 'Architektur großer Forschungsdatenplattformen',
  'die Modernisierung von Fachverfahren', 'der Aufbau von Plattformteams im Mittelstand', 'dem Betreiben von Kernbankensystemen',
  'Plattform-Teams in schnell wachsenden Firmen aufbauen'];

suite('German documents: the leader’s expertise, as typed, stands as an apposition that no word of the message governs', () => {
  test('in the German messages, every $expertise follows a dash or a colon, never a word', () => {
    let places = 0;
    for (const f of BUILTIN.de ?? []) {
      for (const m of f.text.matchAll(/(.{0,3})\{ \$expertise \}/g)) {
        places++;
        assert.match(m[1]!, /(?:– |: )$/u, `${f.file}: „${m[0]}“`);
      }
    }
    assert.ok(places >= 12, `only ${places} places`);
  });

  test('six kinds of typed phrase, every tone, format, relationship and first answer: after a dash or a colon, no preposition or article before it', () => {
    const firsts = [undefined, ...FIRST_RESPONSES];
    const kinds = new Map<string, number>();
    let n = 0;
    for (const tone of ['formal', 'warm', 'concise']) {
      for (const format of ['meetings', 'async']) {
        for (const [i, firstResponse] of firsts.entries()) {
          const relationship = ['skip-level', 'cross-team', 'executive', 'former-manager'][i % 4];
          const expertise = TYPED_EXPERTISE[n++ % TYPED_EXPERTISE.length]!;
          for (const t of GERMAN) {
            const text = render(t, { tone, format, relationship, culture: { communication: i % 2 ? 'indirect' : 'direct' }, ...(firstResponse ? { firstResponse } : {}), leader: { expertise } }).text;
            for (let at = text.indexOf(expertise); at !== -1; at = text.indexOf(expertise, at + 1)) {
              kinds.set(expertise, (kinds.get(expertise) ?? 0) + 1);
              const before = text.slice(Math.max(0, at - 40), at);
              const word = /(\p{L}+)\s*$/u.exec(before)?.[1] ?? '';
              const where = `${t} ${tone} ${format} ${relationship} ${firstResponse}: „${before}${expertise}“`;
              assert.ok(!GOVERNS.has(word.toLowerCase()), where);
              assert.match(before, /(?:– |: )$/u, where);
            }
          }
        }
      }
    }
    for (const e of TYPED_EXPERTISE) assert.ok((kinds.get(e) ?? 0) >= 2, `„${e}“ seen ${kinds.get(e) ?? 0} times`);
  });
});

suite('German documents: after a doubt about fit, the request thanks them for the person they named', () => {
  test('three tones, three shapes: the name they gave is said once, after "mit", with thanks; without a name nothing is invented', () => {
    for (const tone of ['formal', 'warm', 'concise']) {
      for (const [format, communication] of [['meetings', 'direct'], ['async', 'direct'], ['meetings', 'indirect']]) {
        const patch = { tone, format, culture: { communication }, firstResponse: 'doubts-fit' };
        const named = render('request-meeting', { ...patch, firstResponseDetails: { referTo: 'Herrn Dr. Brandt' } }).text;
        const message = named.slice(named.indexOf('## '), named.lastIndexOf('## '));
        assert.strictEqual(message.split('Herrn Dr. Brandt').length - 1, 1, `${tone} ${format} ${communication}: „${message}“`);
        assert.match(message, /Hinweis(?: danke ich Ihnen)?: Mit Herrn Dr\. Brandt (?:werde ich ebenfalls sprechen|spreche ich auch)\./, `${tone} ${format} ${communication}`);
        const unnamed = render('request-meeting', patch).text;
        assert.doesNotMatch(unnamed, /Für Ihren Hinweis|Danke für Ihren Hinweis|Brandt|\bnone\b/, `${tone} ${format} ${communication}: without a name`);
      }
    }
  });
});

suite('German documents: a leader at another organization hears no company or team words', () => {
  /** What the messages said to an Institutsleiterin at a research institute: „Ihres Unternehmens“, „Ihrem Team“. */
  const COMPANY = /\b(?:Ihr(?:es|em|en|er|e)? (?:Team|Teams|Unternehmen|Unternehmens|Firma)|unser(?:es|em|en|er|e)? (?:Unternehmen|Unternehmens|Firma))\b/u;
  const sent = (text: string) => text.split('\n').filter((l) => !/^(?:\*[^*]|- |#)/.test(l)).join('\n');
  test('leader.organization other, public sector, research or a company, every tone, relationship and first answer: „Ihr Haus“, „bei Ihnen“', () => {
    let said = 0;
    for (const organization of ['public-sector', 'enterprise', 'startup']) {
      for (const tone of ['formal', 'warm', 'concise']) {
        for (const [i, firstResponse] of [undefined, 'declined', 'not-now', 'doubts-fit', 'no-reply'].entries()) {
          for (const relationship of ['cross-team', 'executive', 'skip-level']) {
            for (const t of GERMAN) {
              const text = sent(render(t, { tone, relationship, organization, format: i % 2 ? 'async' : 'meetings', ...(firstResponse ? { firstResponse } : {}), leader: { organization: 'other', role: 'Institutsleiterin' } }).text);
              assert.strictEqual(COMPANY.exec(text)?.[0], undefined, `${t} ${organization} ${tone} ${relationship} ${firstResponse}`);
              if (/Ihres Hauses|Ihrem Haus|bei Ihnen/.test(text)) said++;
            }
          }
        }
      }
    }
    assert.ok(said > 0, 'the neutral words are never said');
    // The same leader in your own company still hears about their team: the check can fail.
    assert.match(sent(render('request-meeting', { relationship: 'cross-team', leader: { organization: 'same' } }).text), COMPANY);
  });
});

suite('German documents: the salutation follows the tone and the form of address, and the body goes on in lower case', () => {
  /** Who they are, as a German letter greets them. `gender`: what the profile tells (the address, the
   *  name, a feminine role, a masculine German role noun), `undefined` when it does not. */
  const LEADERS = [
    { name: 'Dr. Anna Brandt', addressAs: 'Frau Dr. Brandt', role: 'Head of Architecture', gender: 'Frau' },
    { name: 'DI Martin Hofbauer', addressAs: 'Herr DI Hofbauer', role: 'Geschäftsführer', gender: 'Herr' },
    { name: 'Prof. Dr. Sabine Krüger', addressAs: 'Prof. Krüger', role: 'Institutsleiterin', gender: 'Frau' },
    { name: 'Herr DI Martin Hofbauer', addressAs: 'DI Hofbauer', role: 'Geschäftsführer', gender: 'Herr' },
    // A masculine German role noun about this one person tells „Herr“ (german.ts masculineRole); an English role does not.
    { name: 'DI Martin Hofbauer', addressAs: 'DI Hofbauer', role: 'Geschäftsführer', gender: 'Herr' },
    { name: 'DI Martin Hofbauer', addressAs: 'DI Hofbauer', role: 'CTO', gender: undefined },
    { name: 'Dana Okafor', addressAs: 'Dana', role: 'VP Engineering', gender: undefined },
  ];
  /** The greeting a German reader would send, written out here rather than read from the messages:
   *  „Sehr geehrte/r“ when formal; „Liebe/r“ only to a former manager in a warm tone; else „Guten Tag,
   *  Frau/Herr …,“. Without „Frau“/„Herr“ known: the full name, „Guten Tag, DI Martin Hofbauer,“; a first
   *  name as the user chose it, „Hallo Dana,“ (formal „Guten Tag, Dana,“), never „Liebe Dana,“. */
  const expected = (tone: string, relationship: string, l: (typeof LEADERS)[number]): string => {
    if (l.gender) {
      const name = l.addressAs.startsWith(l.gender) ? l.addressAs : `${l.gender} ${l.addressAs}`;
      const female = l.gender === 'Frau';
      if (tone === 'formal') return `${female ? 'Sehr geehrte' : 'Sehr geehrter'} ${name},`;
      if (tone === 'warm' && relationship === 'former-manager') return `${female ? 'Liebe' : 'Lieber'} ${name},`;
      return `Guten Tag, ${name},`;
    }
    if (!l.addressAs.includes(' ')) return tone === 'formal' ? `Guten Tag, ${l.addressAs},` : `Hallo ${l.addressAs},`;
    return `Guten Tag, ${l.name},`;
  };
  const GREETING = /^(?:Sehr geehrte[rn]?|Liebe[rn]?|Guten Tag|Hallo)\b.*,$/;

  test('over tones × relationships × forms of address: „Liebe/r“ only where close, „Herr“/„Frau“ before a title, the full name when neither is known', () => {
    let greetings = 0;
    for (const l of LEADERS) {
      for (const tone of ['formal', 'warm', 'concise']) {
        for (const relationship of ['skip-level', 'cross-team', 'executive', 'former-manager']) {
          for (const t of GERMAN) {
            const out = render(t, { tone, relationship, leader: { name: l.name, addressAs: l.addressAs, role: l.role }, culture: { hierarchy: 'flat' } });
            const lines = out.text.split('\n');
            lines.forEach((line, n) => {
              if (!GREETING.test(line)) return;
              greetings++;
              assert.strictEqual(line, expected(tone, relationship, l), `${t} ${tone} ${relationship} ${l.addressAs}`);
              const next = lines.slice(n + 1).find((x) => x.trim() !== '')!;
              const word = next.split(/[\s,]/)[0]!;
              assert.ok(/^\p{Ll}/u.test(word) || /^(Sie|Ihr\p{L}*|Ihnen)$/u.test(word), `${t} ${tone} ${l.addressAs}: „${line}“ then „${next.slice(0, 40)}“`);
            });
            // The chat version greets the same person the same way, without „Sehr geehrte“ or „Liebe“.
            const chat = /^> ((?:Guten Tag, |Hallo )[^,]+),/m.exec(out.text)?.[1];
            if (chat !== undefined) assert.strictEqual(`${chat},`, expected(l.gender ? 'concise' : tone, 'skip-level', l), `${t} ${tone} ${relationship} chat`);
            assert.doesNotMatch(out.text, /Guten Tag [^,\n]/, `${t} ${tone} ${l.addressAs}: "Guten Tag" without its comma`);
            assert.doesNotMatch(out.text, /^(?:Sehr geehrte[rn]?|Liebe[rn]?) (?!Frau |Herr )/m, `${t} ${tone} ${l.addressAs}: a salutation without Frau/Herr`);
          }
        }
      }
    }
    assert.ok(greetings >= LEADERS.length * 3 * 4 * 3, `only ${greetings} greetings`);
  });

  test('"Herr" and "Frau" in every tone and country: the body after the salutation never opens with a capital', () => {
    let seen = 0;
    for (const addressAs of ['Herr DI Hofbauer', 'Frau Mag. Huber', 'Herr Dr. Keller', 'Frau Brandt']) {
      for (const tone of ['formal', 'warm', 'concise']) {
        for (const country of ['DE', 'AT', 'CH']) {
          for (const hierarchy of ['flat', 'hierarchical']) {
            for (const t of GERMAN) {
              const lines = render(t, { tone, leader: { addressAs }, culture: { country, hierarchy } }).text.split('\n');
              // A Swiss salutation has no comma and the body keeps its capital (swissLetter.test).
              const swiss = country === 'CH';
              const n = lines.findIndex((l) => l.endsWith(swiss ? addressAs : `${addressAs},`) && GREETING.test(swiss ? `${l},` : l));
              assert.ok(n >= 0, `${t} ${tone} ${country} ${addressAs}: no salutation line`);
              const next = lines.slice(n + 1).find((l) => l.trim() !== '')!;
              const word = next.split(/[\s,]/)[0]!;
              if (swiss) assert.ok(/^\p{Lu}/u.test(word), `${t} ${tone} ${country} ${hierarchy}: „${lines[n]}“ then „${next.slice(0, 40)}“`);
              else assert.ok(/^\p{Ll}/u.test(word) || /^(Sie|Ihr\p{L}*|Ihnen)$/u.test(word), `${t} ${tone} ${country} ${hierarchy}: „${lines[n]}“ then „${next.slice(0, 40)}“`);
              seen++;
            }
          }
        }
      }
    }
    assert.strictEqual(seen, 4 * 3 * 3 * 2 * GERMAN.length);
  });
});

suite('German documents: a "Sie" message is signed with first and last name', () => {
  test('every tone and hierarchy, in every German document, and the English document keeps the first name where names are informal', () => {
    const fullName = 'Lea Baumann';
    for (const words of GENDERED) {
      for (const tone of ['formal', 'warm', 'concise']) {
        for (const hierarchy of ['flat', 'hierarchical']) {
          for (const t of GERMAN) {
            const lines = render(t, { tone, challenge: words.challenge, you: { name: fullName }, culture: { hierarchy } }).text.split('\n');
            // The line after the closing ("Herzliche Grüße", "Mit freundlichen Grüßen") is the signature.
            const after = lines.flatMap((l, n) => (/Grü(?:ß|ss)en?$/.test(l) ? [lines.slice(n + 1).find((x) => x.trim() !== '')!] : []));
            assert.ok(after.length > 0, `${t} ${tone} ${hierarchy}: no sign-off`);
            for (const name of after) assert.strictEqual(name, fullName, `${t} ${tone} ${hierarchy}`);
          }
        }
      }
    }
    const english = render('request-meeting', { tone: 'warm', you: { name: fullName }, culture: { hierarchy: 'flat' } }, 'en').text;
    assert.match(english, /^Lea$/m, 'the English warm request still signs with the first name');
  });
});

suite('German documents: Swiss Standard German writes ss for ß', () => {
  test('with culture.country CH no ß is left, in the messages or the user’s words; in Germany and Austria ß stays', () => {
    for (const words of GENDERED) {
      for (const tone of ['formal', 'warm', 'concise']) {
        for (const t of GERMAN) {
          const challenge = `${words.challenge} für das Großkundengeschäft`;
          const swiss = render(t, { tone, challenge, culture: { country: 'CH' } }).text;
          assert.doesNotMatch(swiss, /ß/, `${t} ${tone} CH`);
          assert.match(swiss, /Grüsse|Grüssen/, `${t} ${tone} CH: the closing in Swiss spelling`);
          for (const country of ['DE', 'AT']) {
            const other = render(t, { tone, challenge, culture: { country } }).text;
            assert.match(other, /Grüße|Grüßen/, `${t} ${tone} ${country}`);
            assert.strictEqual(swiss.includes('Grosskundengeschäft') || !other.includes('Großkundengeschäft'), true, `${t} ${tone}: the user’s ß too`);
          }
        }
      }
    }
  });
});

suite('German documents: no calque of the English and no agreement that was never made', () => {
  /** What a German reader winced at: the English shape under German words. */
  const CALQUES = /Sicht auf ein Problem|zu einem Problem bitten|ein kurzes Update|verstehe (?:ich )?total|fehlende Stück|an Sie berichtet|eine Notiz für|zeitlich begrenzte Idee|Rahmen vorschlagen, in dem|Wenn die Antwort Nein ist|ein Nein ist|Anliegen an Ihre Zeit|wäre es in Ordnung, Ihnen|sodass Sie an nichts denken|weiter an dem Problem|Wie besprochen melde|Wie vereinbart, melde/i;
  test('over the three tones, every first answer and a masculine, feminine and neuter challenge', () => {
    for (const words of GENDERED) {
      for (const tone of ['formal', 'warm', 'concise']) {
        for (const firstResponse of [undefined, ...FIRST_RESPONSES]) {
          for (const t of GERMAN) {
            const text = render(t, { tone, challenge: words.challenge, ...(firstResponse ? { firstResponse } : {}) }).text;
            const line = text.split('\n').find((l) => CALQUES.test(l));
            assert.strictEqual(line, undefined, `${t} ${tone} ${firstResponse}`);
          }
        }
      }
    }
  });
});

suite('German documents: what the leader offered is quoted as her words', () => {
  test('in every tone, format and answer that carries an offer, each place the offer stands is inside „…“', () => {
    const offered = 'einen Kaffee, wenn ich in Bern bin';
    let seen = 0;
    for (const tone of ['formal', 'warm', 'concise']) {
      for (const format of ['meetings', 'async', 'mixed']) {
        for (const firstResponse of ['yes-with-limits', 'not-now']) {
          for (const after of [undefined, 'nach dem Quartalsabschluss']) {
            for (const t of GERMAN) {
              const text = render(t, { tone, format, firstResponse, firstResponseDetails: { offered, ...(after ? { after } : {}) } }).text;
              for (let i = text.indexOf(offered); i !== -1; i = text.indexOf(offered, i + 1)) {
                seen++;
                assert.strictEqual(text.slice(i - 1, i + offered.length + 1), `„${offered}“`, `${t} ${tone} ${format} ${firstResponse}: „${text.slice(Math.max(0, i - 40), i + offered.length + 2)}“`);
              }
            }
          }
        }
      }
    }
    assert.ok(seen >= 3 * 3 * 2, `only ${seen} offers seen`);
  });
});

suite('German documents: the month to come back is "im …", known or left to fill in', () => {
  const MONTH = /\*\(Monat\)\*|\b(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b/gu;
  test('after a "not now", with and without a month, in every tone and country: a month stands after "im" or "bis", and "ich melde mich" ends in "wieder"', () => {
    let seen = 0;
    for (const tone of ['formal', 'warm', 'concise']) {
      for (const country of ['DE', 'AT', 'CH']) {
        for (const comeBackMonth of [undefined, '2027-03', '2026-10']) {
          for (const hierarchy of ['flat', 'hierarchical']) {
            for (const t of GERMAN) {
              const text = render(t, { tone, culture: { country, hierarchy }, firstResponse: 'not-now', firstResponseDetails: comeBackMonth ? { comeBackMonth } : {} }).text;
              for (const m of text.matchAll(MONTH)) {
                const before = text.slice(0, m.index).match(/(\p{L}+)\s*$/u)?.[1] ?? '';
                if (/^(?:einmal|drei)$/.test(before)) continue;
                seen++;
                assert.ok(/^(?:im|bis)$/.test(before), `${t} ${tone} ${country} ${comeBackMonth}: „${text.slice(Math.max(0, m.index! - 40), m.index! + 20)}“`);
              }
              assert.doesNotMatch(text, /melde mich im (?:\*\(Monat\)\*|\p{L}+)\s*[;,.]/u, `${t} ${tone} ${country} ${comeBackMonth}`);
            }
          }
        }
      }
    }
    assert.ok(seen >= 3 * 3 * 3, `only ${seen} months seen`);
  });
});

suite('German documents: no message tells the reader what "Sie müssen" do', () => {
  const MUST = /\b(?:Sie müssen|müssen Sie|Sie (?:\p{L}+ )?(?:nicht |nichts )?\p{L}+ müssen)\b/u;
  test('no German message file says it, whichever variant', () => {
    for (const f of BUILTIN.de ?? []) {
      const line = f.text.split('\n').find((l) => !l.startsWith('#') && MUST.test(l));
      assert.strictEqual(line, undefined, `${f.file}: ${line}`);
    }
  });
  test('and no rendered German document, over tones, hierarchies and every first answer', () => {
    for (const tone of ['formal', 'warm', 'concise']) {
      for (const hierarchy of ['flat', 'hierarchical']) {
        for (const firstResponse of [undefined, ...FIRST_RESPONSES]) {
          for (const t of GERMAN) {
            const text = render(t, { tone, culture: { hierarchy }, ...(firstResponse ? { firstResponse } : {}) }).text;
            const line = text.split('\n').find((l) => MUST.test(l));
            assert.strictEqual(line, undefined, `${t} ${tone} ${hierarchy} ${firstResponse}`);
          }
        }
      }
    }
  });
});

/** Every line of the built-in German phrasebook outside comments, with the message it belongs to. */
function* germanMessageLines(): Generator<{ file: string; id: string; line: string }> {
  for (const f of BUILTIN.de ?? []) {
    let id = '';
    for (const line of f.text.split('\n')) {
      if (line.startsWith('#')) continue;
      id = /^([a-z][\w-]*) *=/.exec(line)?.[1] ?? id;
      yield { file: f.file, id, line };
    }
  }
}

suite('German documents: no message tells the leader what to do about replying', () => {
  /** An instruction to "Sie" about answering: "brauchen Sie nicht zu antworten", "sagen Sie mir …",
   *  "geben Sie mir Bescheid", "antworten Sie", "melden Sie sich". A statement ("Eine Antwort ist nicht
   *  nötig.") is what a German reader sends to a superior instead. */
  const TELLS = /\b(?:brauchen Sie (?:nicht|nichts|kein\p{L}*)|(?:antworten|melden|sagen|geben|schreiben) Sie (?:mir|sich|es|gern|bitte|einfach|kurz)\b|Antwortpflicht)/iu;
  /** Notes and advice to the user (who is "Sie" there too) are not sent to the leader. */
  const TO_USER = /-note\b|-note-|-then-|^claim-manager/;
  test('no German message to the leader says it, whichever variant', () => {
    let messages = 0;
    for (const { file, id, line } of germanMessageLines()) {
      if (TO_USER.test(id)) continue;
      messages++;
      assert.doesNotMatch(line, TELLS, `${file} ${id}`);
    }
    assert.ok(messages > 100);
  });
  test('nor a rendered message, over tones, formats, relationships and first answers; "Eine Antwort ist nicht nötig" is said instead', () => {
    let statement = 0;
    for (const tone of ['formal', 'warm', 'concise']) {
      for (const format of ['meetings', 'async']) {
        for (const [i, firstResponse] of [undefined, ...FIRST_RESPONSES].entries()) {
          for (const t of GERMAN) {
            const relationship = ['skip-level', 'cross-team', 'executive', 'former-manager'][i % 4];
            const text = render(t, { tone, format, relationship, ...(firstResponse ? { firstResponse } : {}) }).text;
            // The messages only: the italic notes to the user and the advice after them are not sent.
            const sent = text.split('\n').filter((l) => !/^(?:\*[^*]|- |#)/.test(l));
            assert.strictEqual(sent.find((l) => TELLS.test(l)), undefined, `${t} ${tone} ${format} ${relationship} ${firstResponse}`);
            if (sent.some((l) => /ist (?:eine|keine) Antwort nicht nötig|ist keine Antwort nötig|eine Antwort ist nicht nötig/i.test(l))) statement++;
          }
        }
      }
    }
    assert.ok(statement > 0, 'the statement is never said');
  });
});

suite('German documents: the wording a German reader would send instead', () => {
  const WINCED = /nicht richtig anfühlt|Unterschied macht|auf Ihrem Tisch liegt|Termin suche ich gern|Was den Zeitpunkt angeht|spreche ich es nicht an|Erinnerung steht in meinem|Danke, und eine kleine Frage|den Ausschlag|mich (?:heute )?angehört|mir (?:heute )?zugehört|mir geraten, mich später|Um mehr bitte ich/;
  test('no German message says what the reader winced at, and "One-Pager" is only in the notes to the user', () => {
    let messages = 0;
    for (const { file, id, line } of germanMessageLines()) {
      messages++;
      assert.doesNotMatch(line, WINCED, `${file} ${id}`);
      if (/One-Pager/.test(line)) assert.match(id, /^request-note-/, `${file} ${id}: a One-Pager in a message to the leader`);
    }
    assert.ok(messages > 100);
  });
  test('the replacements are what the documents say, over tones and first answers', () => {
    const said = new Set<string>();
    const WANTED = ['Wenn etwas davon nicht passt', 'besonders hilft', 'was derzeit bei Ihnen ansteht', 'Dass es zeitlich gerade nicht passt, verstehe ich gut.', 'komme ich nicht darauf zurück', 'Danke – und eine kleine Frage'];
    for (const tone of ['formal', 'warm', 'concise']) {
      for (const format of ['meetings', 'async']) {
        for (const firstResponse of [undefined, ...FIRST_RESPONSES]) {
          for (const t of GERMAN) {
            const text = render(t, { tone, format, ...(firstResponse ? { firstResponse } : {}) }).text;
            assert.doesNotMatch(text, WINCED, `${t} ${tone} ${format} ${firstResponse}`);
            for (const w of WANTED) if (text.includes(w)) said.add(w);
          }
        }
      }
    }
    assert.deepStrictEqual(WANTED.filter((w) => !said.has(w)), []);
  });
});

suite('German documents: the way or person they named is said back as theirs, never governed in her own first person', () => {
  test('theirReferral: her „mein…“ becomes „Ihr…“ in the same case; a channel, an article or a possessive is not put after „mit“', () => {
    assert.deepStrictEqual(theirReferral('mein Sekretariat', 'yes'), { referralTheirs: 'Ihr Sekretariat', referralDu: 'dein Sekretariat', mit: 'no' });
    assert.deepStrictEqual(theirReferral('über meine Assistentin', 'yes'), { referralTheirs: 'über Ihre Assistentin', referralDu: 'über deine Assistentin', mit: 'no' });
    assert.deepStrictEqual(theirReferral('meinem Büro', 'yes'), { referralTheirs: 'Ihrem Büro', referralDu: 'deinem Büro', mit: 'no' });
    assert.deepStrictEqual(theirReferral('meine Kollegin Anna Berger', 'no'), { referralTheirs: 'Ihre Kollegin Anna Berger', referralDu: 'deine Kollegin Anna Berger', mit: 'no' });
    assert.deepStrictEqual(theirReferral('Frau Berger', 'no'), { referralTheirs: 'Frau Berger', referralDu: 'Frau Berger', mit: 'yes' });
    assert.deepStrictEqual(theirReferral('Meinhard Gruber', 'no'), { referralTheirs: 'Meinhard Gruber', referralDu: 'Meinhard Gruber', mit: 'yes' });
  });

  const SAID_BACK = [
    { details: { channel: 'mein Sekretariat' }, theirs: 'Ihr Sekretariat' },
    { details: { channel: 'meine Assistentin' }, theirs: 'Ihre Assistentin' },
    { details: { channel: 'über mein Büro' }, theirs: 'über Ihr Büro' },
    { details: { channel: 'das Sekretariat der Geschäftsführung' }, theirs: 'das Sekretariat der Geschäftsführung' },
    { details: { referTo: 'meine Kollegin Anna Berger' }, theirs: 'Ihre Kollegin Anna Berger' },
  ];
  test('five phrasings of a channel or person, three tones, a no and a „not now“: after a colon, as „Ihr…“; a plain name still follows „mit“', () => {
    for (const tone of ['formal', 'warm', 'concise']) {
      for (const firstResponse of ['declined', 'not-now']) {
        for (const { details, theirs } of SAID_BACK) {
          const text = render('no-reply', { tone, firstResponse, firstResponseDetails: details }).text;
          const where = `${tone} ${firstResponse} ${JSON.stringify(details)}`;
          const typed = Object.values(details)[0]!;
          if (typed !== theirs) assert.ok(!text.includes(typed), `${where}: her first person „${typed}“ in the user's letter`);
          assert.doesNotMatch(text, /\bmit (?:Ihr\w*|der|die|das|den|über)\s+(?!Person\b)/u, `${where}: „mit“ governs their words`);
          const said = text.split(theirs).length - 1;
          assert.ok(said >= 1, `${where}: „${theirs}“ not said`);
          assert.ok(text.includes(`: ${theirs}.`), `${where}: „${theirs}“ not after a colon`);
        }
        const named = render('no-reply', { tone, firstResponse, firstResponseDetails: { referTo: 'Frau Berger' } }).text;
        // A person not yet met is got in touch with („melde ich mich bei Frau Berger“): the name is governed by „bei“ now.
        assert.match(named, /\bbei Frau Berger\b/u, `${tone} ${firstResponse}: a name after „bei“`);
      }
    }
  });
});
