// A German letter never carries an English word into German text: the user's German answers said to
// the leader turn the leader's name into „du“/„Sie“ with the verb agreeing („…, den du einmal
// hinterfragt hast“), not into an English „you“ („den you einmal hinterfragt hat“). Over the golden
// profiles with their answers typed in German, Sie and du, every first answer: the meeting request,
// the reply to a no and the thank-you hold no English function word.
import * as assert from 'assert';
import { validateProfile } from '../../../src/core/profile/validate';
import { renderDocument } from '../../../src/core/render/document';
import { TemplateLibrary } from '../../../src/core/render/library';
import { builtinGlossary } from '../../../src/core/vocabulary/glossary';
import { germanLeaderToYou } from '../../../src/core/render/germanYou';
import { leaderNames } from '../../../src/core/render/leaderYou';
import { goldenCases } from '../../golden/profiles';
import { GOLDEN_TODAY } from '../../golden/corpus';

const library = new TemplateLibrary();
const TEMPLATES = ['request-meeting', 'no-reply', 'thank-you'];
const ENGLISH = /(?<![\p{L}’'])(?:[Yy]ou|[Yy]our|[Tt]he|and|with|I)(?![\p{L}’'])/u;

/** German answers for a profile, `{L}` standing for how the user names the leader. */
const GERMAN: Record<'Sie' | 'du', Record<string, string>[]> = {
  Sie: [
    { challenge: 'die Zerlegung unserer Sendungsverfolgung in einzelne Dienste, ohne dass die Anbindungen ausfallen', challengeShort: 'die Zerlegung der Sendungsverfolgung',
      expertiseApplied: 'die Frage, in welcher Reihenfolge Sie die Partneranbindungen umgestellt haben', valueYouBring: 'nach jedem Gespräch eine kurze schriftliche Zusammenfassung',
      goal: 'die Architektur einer Plattform mit hundert Partneranbindungen verantworten', successLooksLike: 'ein Schnittplan, den unser Team mitträgt und den {L} einmal kritisch geprüft hat' },
    { challenge: 'die Umstellung der Anmeldung auf ID Austria', challengeShort: 'die Umstellung auf ID Austria',
      expertiseApplied: 'wie Sie Datenschutz und Benutzerfreundlichkeit abgewogen haben', valueYouBring: 'ein Protokoll nach jedem Gespräch',
      goal: 'Architekturentscheidungen selbst vertreten', successLooksLike: 'ein Konzept, das {L} freigibt' },
  ],
  du: [
    { challenge: 'den Aufbau einer Echtzeit-Schnittstelle für Lagerbestände', challengeShort: 'die Lagerbestands-Schnittstelle',
      expertiseApplied: 'die Frage, wie dein Team Datenqualität sicherstellt', valueYouBring: 'eine kurze Notiz mit den Entscheiden, die dein Team weiterverwenden kann',
      goal: 'die Datenarchitektur für den Onlinehandel verantworten', successLooksLike: 'ein Architekturentscheid zur Schnittstelle, den {L} einmal hinterfragt hat' },
    { challenge: 'die Ablösung unseres Batch-Abgleichs durch Ereignisse', challengeShort: 'die Ablösung des Batch-Abgleichs',
      expertiseApplied: 'wie du bei der Migration die Reihenfolge gewählt hast', valueYouBring: 'eine Zusammenfassung, die dein Team nutzen kann',
      goal: 'die Integrationsarchitektur verantworten', successLooksLike: 'ein Migrationsplan, über den ich mit {L} gesprochen habe' },
  ],
};
const WORDS: Record<string, string> = {
  'not-now': 'Jetzt nicht, melden Sie sich nach dem Quartalsabschluss wieder.', noncommittal: 'Interessante Idee, ich überlege es mir.',
  'use-the-program': 'Dafür gibt es bei uns das Mentoring-Programm, haben Sie sich schon beworben?', 'no-time': 'Mein Kalender ist in diesem Quartal voll.',
  'ask-your-manager': 'Haben Sie schon mit Ihrer Führungskraft darüber gesprochen?', 'not-ready': 'Kommen Sie wieder, wenn Sie ein teamübergreifendes Design verantwortet haben.',
  'yes-with-limits': 'Gern, aber nur schriftlich und höchstens einmal im Monat.', referral: 'Sprechen Sie mit Frau Brandt, die kennt das besser.',
  'doubts-fit': 'Ich bin nicht sicher, ob ich die Richtige dafür bin.', declined: 'Nein, Mentoring kann ich dieses Jahr nicht übernehmen.',
};

/** A golden case with every answer typed in German („du“ in every other one). */
function inGerman(profile: Record<string, unknown>, i: number): Record<string, unknown> {
  const anrede = i % 2 ? 'du' : 'Sie';
  const leader = profile.leader as Record<string, string>;
  const said = (leader.addressAs ?? leader.name).replace(/^(?:Mr|Ms)\s+/u, '');
  const answers = Object.fromEntries(Object.entries(GERMAN[anrede][i % 2 === 0 ? (i / 2) % 2 : ((i - 1) / 2) % 2]!).map(([k, v]) => [k, v.replace('{L}', said)]));
  const firstResponse = profile.firstResponse as string | undefined;
  const rest = { ...profile };
  delete rest.firstResponseDetails;
  delete rest.firstResponseWords;
  return {
    ...rest, ...answers,
    you: { ...(profile.you as object), role: 'Software-Architektin', strengths: 'ereignisgesteuerte Integration' },
    leader: { ...leader, anrede, role: 'Leiterin Plattformarchitektur', initiative: 'die Ablösung des Hafen-Betriebssystems', decisionYouAdmire: 'die Schnittstellen zuerst zu versionieren', expertise: 'die Zerlegung gewachsener Systeme im laufenden Betrieb' },
    ...(firstResponse && WORDS[firstResponse] ? { firstResponseWords: WORDS[firstResponse] } : {}),
  };
}

suite('German letters hold no English word: the leader named in German answers is „du“/„Sie“', function () {
  this.timeout(600_000);

  test('the name in a German answer said to them: du/Sie with the verb agreeing, a case after a preposition, else the name', () => {
    const names = (name: string, addressAs: string) => leaderNames(name, addressAs);
    const b = names('Barbara Wüthrich', 'Barbara'), o = names('Dr. Katrin Oberländer', 'Frau Dr. Oberländer'), g = names('DI Herbert Gruber', 'DI Gruber');
    const cases: [string, readonly string[], 'Sie' | 'du', string][] = [
      ['ein Architekturentscheid, den Barbara einmal hinterfragt hat', b, 'du', 'ein Architekturentscheid, den du einmal hinterfragt hast'],
      ['ein Architekturentscheid, den Barbara einmal hinterfragt hat', b, 'Sie', 'ein Architekturentscheid, den Sie einmal hinterfragt haben'],
      ['ein Schnittplan, den unser Team mitträgt und den Frau Dr. Oberländer einmal kritisch geprüft hat', o, 'Sie', 'ein Schnittplan, den unser Team mitträgt und den Sie einmal kritisch geprüft haben'],
      ['ein Konzept, das DI Gruber freigibt', g, 'Sie', 'ein Konzept, das Sie freigeben'],
      ['ein Konzept, das Herr DI Gruber freigibt', g, 'du', 'ein Konzept, das du freigibst'],
      ['ein Plan, den Gruber prüft', g, 'Sie', 'ein Plan, den Sie prüfen'],
      ['ein Plan, den Barbara gut findet', b, 'du', 'ein Plan, den du gut findest'],
      ['ein Plan, über den ich mit Barbara gesprochen habe', b, 'du', 'ein Plan, über den ich mit dir gesprochen habe'],
      ['ein Plan, über den ich mit Frau Dr. Oberländer gesprochen habe', o, 'Sie', 'ein Plan, über den ich mit Ihnen gesprochen habe'],
      ['eine Notiz für Barbara', b, 'du', 'eine Notiz für dich'],
      ['Barbara hat den Entwurf gesehen', b, 'du', 'Du hast den Entwurf gesehen'],
      ['Frau Dr. Oberländer hat den Entwurf gesehen', o, 'Sie', 'Sie haben den Entwurf gesehen'],
      // Where the grammar is not sure, the name stays: it is German either way.
      ['Barbaras Team nutzt den Entscheid', b, 'du', 'Barbaras Team nutzt den Entscheid'],
      ['ein Entscheid, den Barbara und ihr Team mittragen', b, 'du', 'ein Entscheid, den Barbara und ihr Team mittragen'],
    ];
    for (const [text, n, anrede, want] of cases) assert.strictEqual(germanLeaderToYou(text, n, anrede), want, `${anrede}: ${text}`);
  });

  test('over the golden profiles typed in German, Sie and du: no English function word in the three German letters', () => {
    const problems: string[] = [];
    let checked = 0;
    goldenCases().filter((_, i) => i % 3 === 0).forEach((c, i) => {
      const v = validateProfile(inGerman(c.profile, i));
      if (!v.ok) return;
      for (const template of TEMPLATES) {
        const out = renderDocument(library, template, { profile: v.profile, glossary: builtinGlossary(), today: GOLDEN_TODAY, language: 'de' });
        if (!out.ok) continue;
        checked++;
        for (const line of out.text.split('\n')) {
          const m = ENGLISH.exec(line);
          if (m) problems.push(`${c.id} ${template}: „${m[0]}“ in ${line.slice(Math.max(0, m.index - 60), m.index + 60)}`);
        }
      }
    });
    assert.ok(checked > 500, `${checked} documents`);
    assert.deepStrictEqual([...new Set(problems)].slice(0, 12), [], `${problems.length} lines with an English word`);
  });
});
