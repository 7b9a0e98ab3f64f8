// After a referral the German message only thanks; what stands around it says the same. The note said
// the message asks „die Empfehlung erwähnen zu dürfen“ while the message, as the leader had said „sagen
// Sie, ich hab Sie geschickt“, says it will; a line on why them („Sie sehen, wie sich eine solche
// Entscheidung über mehrere Teams hinweg auswirkt“) stood in a message that asks for nothing; and the
// reply to a no went on „Wenn … jemanden empfiehlt“ about a leader who had already named someone.
import * as assert from 'assert';
import { renderFinished } from '../render/helpers';

const render = (template: string, patch: Record<string, unknown>) => renderFinished(template, patch, 'de');
const TONES = ['formal', 'warm', 'concise'];
/** Referrals in the leader's words: [words, whom, named in the dative, said to name them]. */
const REFERRALS: readonly [string, string, string, boolean][] = [
  ['Da sind Sie bei mir falsch. Schreiben Sie Frau Dr. Wallner und sagen Sie, ich hab Sie geschickt.', 'Frau Dr. Wallner', 'Frau Dr. Wallner', true],
  ['Sprechen Sie mit Herrn Gisler, der kennt das besser. Berufen Sie sich ruhig auf mich.', 'Herr Gisler', 'Herrn Gisler', true],
  ['Fragen Sie Frau Brandt, sie hat das bei uns aufgebaut.', 'Frau Brandt', 'Frau Brandt', false],
  ['Da ist Herr Yilmaz der Richtige, nicht ich.', 'Herr Yilmaz', 'Herrn Yilmaz', false],
];
/** The lines on who you are to them, which only an ask needs. */
const WHO = /Sie sehen, wie sich eine solche Entscheidung|Du siehst, wie sich eine solche Entscheidung|Diesmal geht es um etwas anderes|Diese Bitte ist eine andere|von außerhalb/u;

suite('German after a referral: the notes and steps say what the message does', () => {
  test('the note says the message names who sent you when they said so, and asks to only when they did not; no line on why them', () => {
    const problems: string[] = [];
    for (const [words, whom, , sent] of REFERRALS) for (const tone of TONES) for (const relationship of ['skip-level', 'former-manager', 'cross-team', 'executive']) {
      const text = render('request-meeting', { tone, relationship, leader: { organization: 'other' }, firstResponse: 'referral', firstResponseWords: words, firstResponseDetails: { referTo: whom } });
      const note = text.split('\n').find((l) => /an jemand anderen verwiesen/u.test(l)) ?? '';
      const at = `${whom} ${tone} ${relationship}`;
      if (!note) problems.push(`${at}: no referral note`);
      if (sent && /erwähnen zu dürfen/u.test(note)) problems.push(`${at}: the note asks leave the leader already gave`);
      if (!sent && !/erwähnen zu dürfen/u.test(note)) problems.push(`${at}: the note does not say the message asks leave`);
      const message = text.split('## Als Chat-Nachricht')[0]!.split('\n').filter((l) => !/^[*#]/u.test(l)).join('\n');
      if (WHO.test(message)) problems.push(`${at}: a line on why them: ${message.match(WHO)![0]}`);
    }
    assert.deepStrictEqual(problems.slice(0, 10), [], `${problems.length} problems`);
  });

  test('the reply to a no names the person they already named in its steps, in the dative', () => {
    const problems: string[] = [];
    for (const [words, whom, dative] of REFERRALS) for (const tone of TONES) for (const relationship of ['skip-level', 'cross-team', 'executive']) {
      const text = render('no-reply', { tone, relationship, firstResponse: 'referral', firstResponseWords: words, firstResponseDetails: { referTo: whom } });
      const steps = text.split('## Danach')[1] ?? '';
      if (!steps.includes(`Schreiben Sie ${dative} innerhalb einer Woche`)) problems.push(`${whom} ${tone} ${relationship}: not named: ${steps.split('\n')[3]}`);
      if (/jemanden empfiehlt/u.test(steps)) problems.push(`${whom} ${tone} ${relationship}: „wenn … jemanden empfiehlt“ after they did`);
    }
    assert.deepStrictEqual(problems.slice(0, 10), [], `${problems.length} problems`);
    // Without a referral, the step stays the general one.
    assert.match(render('no-reply', { firstResponse: 'declined' }), /jemanden empfiehlt, schreiben Sie der empfohlenen Person/u);
  });
});
