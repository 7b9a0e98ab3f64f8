// What the culture scales change in the script and the advice (issue 22). The words are in
// phrases/en/culture.ftl; this file decides which messages, where. Every default scale value
// (task-based, open, linear) says nothing new, so a profile without a country reads as before.
import type { Phrase } from '../../phrases/phrasebook';
import { countryName, presetFor } from '../../culture/presets';
import { countryLanguages, sharedLanguage, workingLanguage } from '../../culture/languages';
import { inlineMarkdown } from '../markdown';
import { nativeHonorific } from '../../culture/address';
import { honorificGender } from '../../culture/honorificGender';
import type { Scales } from '../../culture/scales';
import type { Facts } from '../facts';
import { noRhythm, putOffAgain, say, type Scene } from './shared';
import { FOLLOW_UP_IN_MEETING_NOTE } from './customs';
import type { ScriptPart } from './types';

/** The country whose own lines apply to `scale` ($country in culture-country-*), or 'none': a
 *  country's line is said only while the scale it speaks to is the preset's, so a profile that
 *  moved the scale by hand gets the general line for the end it chose. */
export function countryFor(facts: Pick<Facts, 'scales' | 'country'>, scale: keyof Scales): string {
  const preset = facts.country ? presetFor(facts.country) : undefined;
  return preset && preset.scales[scale] === facts.scales[scale] ? preset.code : 'none';
}

/** The country's line on how hierarchy shows in writing, who is copied and what an introduction
 *  does ('' without a country): the prep doc's "Communication and hierarchy" says it in place of
 *  the general register or flat-organization line (rules/nuance.ts). */
export function countryNoteOf(facts: Pick<Facts, 'scales' | 'country' | 'is' | 'leaderGender'>, speak: (p: Phrase) => string, address = ''): string {
  const country = countryFor(facts, 'hierarchy');
  // Their line is how to make a first approach (who introduces you): once they have answered, the door
  // was opened already, and the general line on the register says what still applies (issue 21).
  if (facts.is.askedBefore && FIRST_APPROACH_LINE.has(country)) return '';
  return country === 'none' ? '' : speak(say('culture-country-writing', { country, ...whoArgs(facts, address) }));
}

/** What a country's lines need to fit the leader: `outside`, yes when they work elsewhere (only then does
 *  someone introduce you: a skip-level or a leader in your company needs none); `he`: she, he or none, from
 *  the honorific the user greets them with, else the profile (examples fit them, or stay neutral). */
function whoArgs(facts: Pick<Facts, 'is' | 'leaderGender'>, address: string): { outside: 'yes' | 'no'; he: 'she' | 'he' | 'none' } {
  const typed = honorificGender(address);
  const he = typed !== 'none' ? typed : facts.leaderGender === 'frau' ? 'she' : facts.leaderGender === 'herr' ? 'he' : 'none';
  return { outside: facts.is.otherCompany ? 'yes' : 'no', he };
}
/** The countries whose culture-country-writing line is only about the first approach: an introduction
 *  by someone they know, or laying the groundwork in person before anything is asked. (Lines that add
 *  more, such as China's "copy no one above them", are kept.) */
const FIRST_APPROACH_LINE: ReadonlySet<string> = new Set(['EG', 'JP']);

/** The prep doc's notes on trust, disagreement and time: one per scale that changes the advice.
 *  The default ends (task-based, open, linear with the usual two weeks) need none. */
export function cultureNotesOf(facts: Pick<Facts, 'scales' | 'replyWeeks' | 'communication' | 'country' | 'countryWithoutPreset' | 'unknownScales' | 'firstResponse' | 'is'>, speak: (p: Phrase) => string): string[] {
  const { scales } = facts;
  // The ask's premise gives the wait in an indirect culture (a door left ajar: how long before silence is a no).
  const premiseWaits = facts.communication === 'indirect' && facts.firstResponse !== 'declined' && facts.firstResponse !== 'no-reply';
  const weeks = { wait: premiseWaits ? 'none' : speak(say('culture-weeks', { weeks: facts.replyWeeks })) };
  const notes: Phrase[][] = [];
  // A country with no preset and scales nobody set: no advice from them, and how to set them.
  if (facts.countryWithoutPreset && facts.unknownScales.length) {
    notes.push([say('culture-note-no-preset', { countryName: countryName(facts.countryWithoutPreset), set: facts.unknownScales.length === 5 ? 'none' : 'some' })]);
  }
  // Korea and Nigeria say how to follow up in their own meeting note (rules/customs.ts).
  // In writing because they chose it ("anything in writing"): the note keeps to writing.
  if (scales.trust === 'relationship-based' && !(countryFor(facts, 'trust') !== 'none' && FOLLOW_UP_IN_MEETING_NOTE.has(facts.country ?? ''))) notes.push([say('culture-note-trust-relationship', { written: facts.is.askInWriting ? 'yes' : 'no' })]);
  // In three messages, so an override of the country's "how a no sounds" reaches the note.
  if (scales.disagreement === 'avoided') notes.push([say('culture-note-disagreement-avoided'), say('culture-country-no', { country: countryFor(facts, 'disagreement'), outside: facts.is.otherCompany ? 'yes' : 'no' }), say('culture-note-disagreement-avoided-own')]);
  // Open debate in a high-context country (France, Spain, Argentina): said only from a preset, since
  // without one "open" is just the default, and an indirect profile did not choose it. The agenda's
  // "critique may not be volunteered" follows the same flag (is.critiqueUnsaid), so they never meet.
  else if (facts.is.debateRespected) notes.push([say('culture-note-disagreement-open-indirect')]);
  if (scales.time === 'flexible') notes.push([say('culture-note-time-flexible', weeks)]);
  else if (facts.replyWeeks > 2) notes.push([say('culture-note-time-slow-answers', weeks)]);
  return notes.map((parts) => parts.map(speak).join(' '));
}

/** The line saying that you two would really write in your shared language, and in which register
 *  ('' when the profile cannot tell you share one: culture/languages.ts). `youLocale` and
 *  `addressAs` as the profile holds them; `english`: the form the English documents greet them with;
 *  `documents`: the language the user works in (the extension's), whose country needs no note. */
export function languageNoteOf(facts: Pick<Facts, 'country' | 'countryWithoutPreset' | 'is'>, youLocale: string | undefined, addressAs: string | undefined, english: string, speak: (p: Phrase) => string, documents = 'en'): string {
  const country = facts.country ?? facts.countryWithoutPreset;
  const language = sharedLanguage(country, youLocale, addressAs);
  if (!language) {
    // Their country works in another language than the documents, and you write from there (your
    // English is that country's, you greet them its way, their answer was in its script): English or theirs.
    const theirs = workingLanguage(country);
    // Where colleagues write to each other in their own language (presets.ts localMail), it is said to anyone.
    const fromThere = (youLocale !== undefined && country !== undefined && youLocale.trim().toUpperCase().endsWith(`-${country}`))
      || (addressAs !== undefined && nativeHonorific(addressAs)) || facts.is.foreignWords || presetFor(country ?? '')?.localMail === true;
    // Belgium: Dutch or French, both named.
    const second = country && presetFor(country)?.localMail ? countryLanguages(country)[1] : undefined;
    return theirs === undefined || theirs === documents || !fromThere ? ''
      : speak(say('culture-which-language', { language: theirs, languageName: languageName(theirs), second: second ? languageName(second) : 'none' }));
  }
  // The form in their language, when the English letters write it otherwise ("Ms Vidal").
  const own = addressAs === undefined ? undefined : inlineMarkdown(addressAs);
  const address = own !== undefined && own !== english ? own : 'none';
  return speak(say('culture-shared-language', { language, languageName: languageName(language), country: country ?? 'none', address }));
}

/** A language's English name ("cs" → "Czech"), the code as a last resort. */
function languageName(language: string): string {
  try { return new Intl.DisplayNames(['en'], { type: 'language' }).of(language) ?? language; } catch { return language; }
}

/** Sessions of 15 minutes or less where trust is built over time: no room for small talk first, so the
 *  thanks says you will keep to it (opening.ts). Read from the profile's session length, not from the
 *  ask's (a referral or a short first meeting caps that by design). */
export function shortSlot(sc: Pick<Scene, 's'>): boolean {
  return sc.s.culture?.scales.trust === 'relationship-based' && sc.s.sessionMinutes <= 15;
}

/** Relationship-based trust: time on them before the business, the ask when they turn to it, in
 *  every script spoken in a room (after a referral, and in the one conversation a no granted, too).
 *  Not in a written ask or a slot under half an hour: there is no room to spend time in. At their
 *  home, the meal is that time. */
export function relationshipBeatOf(sc: Scene): Omit<ScriptPart, 'n'> | undefined {
  const { s, mode, say: speak } = sc;
  if (s.culture?.scales.trust !== 'relationship-based' || mode.inWriting || (s.noReply && s.rhythm.written) || shortSlot(sc)) return undefined;
  return {
    title: speak(say('culture-beat-title')),
    note: `*${speak(say('culture-beat-note', { formerManager: s.relationship === 'former-manager' ? 'yes' : 'no', hospitality: s.offer?.hospitality ? 'yes' : 'no' }))}*`,
    prepDocNote: `*${speak(say('culture-beat-note-prep-doc'))}*`,
    after: '',
    lines: [speak(say('culture-beat-line', { name: sc.name })), speak(say('culture-beat-turn'))],
  };
}

/** Relationship-based trust in the pause and the closing: no hurry, the next conversation can be
 *  informal, and the relationship outlasts the answer. Other cultures: the parts as they are. */
export function relationshipTurns(sc: Scene, pause: Omit<ScriptPart, 'n'>, closing: Omit<ScriptPart, 'n'>): { pause: Omit<ScriptPart, 'n'>; closing: Omit<ScriptPart, 'n'> } {
  if (!relationshipBeatOf(sc) || sc.closed) return { pause, closing };
  return {
    // Put off once with a come-back named, the pause keeps its one timing (the month proposed).
    pause: pause.lines.length && !putOffAgain(sc) ? { ...pause, lines: [sc.say(say('culture-think-relationship'))] } : pause,
    closing: { ...closing, lines: closing.lines.map((l, i) => (i === closing.lines.length - 1 ? `${l} ${sc.say(say('culture-closing-relationship', { agreed: sc.mode.theConversation ? 'once' : !sc.agreed ? 'no' : noRhythm(sc.s) ? 'one' : 'yes' }))}` : l)) },
  };
}

/** The setting, with what the culture adds: an informal setting they offer is accepted. */
export function settingWithCulture(sc: Scene, setting: string): string {
  // An informal offer already made (a coffee, a meal at their home) is the setting: no second one proposed.
  const extra = sc.s.culture?.scales.trust === 'relationship-based' && !sc.mode.inWriting && !(sc.s.noReply && sc.s.rhythm.written) && sc.s.offer?.shape !== 'informal'
    ? sc.say(say('culture-setting-informal')) : '';
  return extra ? setting.replace(/\*$/u, ` ${extra}*`) : setting;
}

/** After the meeting: how to follow up where trust is built in person. */
export function afterNoteWithCulture(sc: Scene, afterNote: string): string {
  if (sc.s.culture?.scales.trust !== 'relationship-based') return afterNote;
  return `${afterNote}\n\n*${sc.say(say('culture-follow-up-relationship', { wait: sc.reminder }))}*`;
}

/** What to listen for: where trust is personal, the answer may come later and sideways; where
 *  disagreement is not voiced, the objection and the no that are not said. */
export function listenWithCulture(sc: Scene): string[] {
  if (sc.closed) return [];
  return [
    ...(relationshipBeatOf(sc) ? [sc.say(say('culture-listen-relationship'))] : []),
    ...(sc.s.culture?.scales.disagreement === 'avoided' ? [sc.say(say('culture-listen-avoided'))] : []),
  ];
}

/** Words that make a challenge procurement-shaped: buying, tendering, choosing or contracting a supplier. */
const PROCUREMENT = /\b(?:procur\w*|tender(?:s|ing|ed)?|bid(?:s|ders?)?|suppliers?|vendors?|RFP|RFQ|RFI|contract awards?|framework agreements?|call for tenders)\b/iu;

/** A public body with a challenge about procurement: what the leader may not discuss while a tender
 *  is live, under the rules of their country ('' otherwise). `texts`: the profile's free text about
 *  the challenge and their expertise, any of it missing. */
export function procurementNoteOf(facts: Pick<Facts, 'organization' | 'country'> & { is: Pick<Facts['is'], 'otherCompany'> }, texts: readonly (string | undefined)[], speak: (p: Phrase) => string): string {
  if (facts.organization !== 'public-sector' || !texts.some((t) => t !== undefined && PROCUREMENT.test(t))) return '';
  // The law is said first and passed in, so an override of either message reaches the note. What it
  // allows is not this doc's to know: the note says what to check, and who is inside (issue 21).
  return speak(say('culture-public-procurement', { rules: speak(say('culture-public-procurement-rules', { country: facts.country ?? 'none' })), inside: facts.is.otherCompany ? 'no' : 'yes' }));
}
