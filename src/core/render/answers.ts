// The profile's answers as the documents use them: Markdown-safe, normalized for a place
// mid-sentence, and either narrated (the doc speaks to the user) or spoken to the leader
// ("her team" becomes "your team"). A missing answer is a visible fill-in prompt.
import { getText, type Profile, type TextFieldPath } from '../profile/profile';
import { proposeChallengeShort } from '../profile/challengeShort';
import { fillIn, inlineMarkdown } from './markdown';
import { asSentence, goalPhrase, narrated, narratedAboutLeader, slot, spokenTo } from './slots';
import { leaderNames, leaderToYou } from './leaderYou';
import { germanLeaderToYou, writtenInGerman } from './germanYou';
import type { Rhythm } from './rhythm';
import type { Phrase } from '../phrases/phrasebook';

/** An answer made Markdown-safe for a document's prose, its typed apostrophes inside words
 *  ("team's", "don't") matching the doc's own ’ (readers 7 and 8 saw both in one spoken line).
 *  Only between letters, and only in answers: names, the session log and hovers keep what was typed. */
function prose(text: string): string {
  return inlineMarkdown(text).replace(/(?<=\p{L})'(?=\p{L})/gu, '’');
}

/** The challenge's short label as the doc narrates it and as it is said to the leader: the user's,
 *  or one proposed from the challenge (English documents only: the proposal is English grammar). */
function challengeShortOf(profile: Profile, language: string, names: readonly string[], toLeader: (s: string) => string, speak: (phrase: Phrase) => string): { narrated: string; spoken: string } | undefined {
  const given = getText(profile, 'challengeShort');
  const challenge = getText(profile, 'challenge');
  const proposed = challenge !== undefined && language === 'en' ? proposeChallengeShort(challenge) : undefined;
  // A proposed label cut from a clause about the leader ("the board Dr. Brandt chairs") would be
  // said to them as "the you chair work": the challenge is then named in general (challenge-short-general).
  const label = given ?? (proposed !== undefined && leaderToYou(proposed, names) !== proposed ? speak({ id: 'challenge-short-general' }) : proposed);
  if (label === undefined) return undefined;
  const text = slot(label).text;
  const narratedLabel = prose(narrated(text));
  return narratedLabel === '' ? undefined : { narrated: narratedLabel, spoken: prose(toLeader(text)) };
}

/** One answer, normalized once: the text, whether it is a clause, whether it was given, and as a sentence of its own. */
export interface Slotted { text: string; clause: boolean; given: boolean; sentence: string }

/** One profile's answers normalized for where they are printed (see answersOf). */
function slotterFor(profile: Profile, toLeader: (s: string) => string, missing: (path: TextFieldPath) => string): (path: TextFieldPath, spoken: boolean, toOthers?: boolean) => Slotted {
  // Free text pasted mid-sentence: normalized first (slot), then made Markdown-safe. The spoken
  // form also turns "her team" into "your team", since those lines are said to the leader.
  return (path: TextFieldPath, spoken: boolean, toOthers = false): Slotted => {
    const v = getText(profile, path);
    const sl = v === undefined ? undefined : slot(v);
    // Spoken, the user says it to the leader ("her team" → "your team"); in the doc's narrative the
    // doc speaks to the user ("I'll write up" → "you'll write up").
    // Answers typed to the leader ("how you sequenced…") speak of them as "they" in the narrative.
    // The goal too: "without needing her to unblock me" speaks of the leader.
    const aboutLeader = path === 'expertiseApplied' || path === 'valueYouBring' || path === 'leader.expertise' || path === 'leader.initiative' || path === 'leader.decisionYouAdmire' || path === 'successLooksLike' || path === 'goal';
    const form = spoken ? (toOthers ? spokenTo : toLeader) : aboutLeader ? narratedAboutLeader : narrated;
    // A goal follows "I want to" / "to": its own frame goes before the pronouns turn ("you want to").
    const base = sl === undefined ? '' : path === 'goal' ? goalPhrase(sl.text) : sl.text;
    const text = sl === undefined ? '' : prose(form(base));
    if (text === '') { const f = missing(path); return { text: f, clause: false, given: false, sentence: f }; }
    return { text, clause: sl!.clause, given: true, sentence: prose(asSentence(form(sl!.sentence))) };
  };
}

/** The answers, each normalized once; `said` holds the spoken views the rules and templates read. */
export function answersOf(profile: Profile, rhythm: Rhythm, language: string, speak: (phrase: Phrase) => string, anrede: 'Sie' | 'du' = 'Sie') {
  const topic = (c: Slotted) => (c.clause ? speak({ id: 'challenge-topic-clause', args: { challenge: c.text } }) : c.text);
  const is = (c: Slotted) => (c.clause ? speak({ id: 'challenge-is-clause', args: { challenge: c.text } }) : c.text);
  // Said or sent to the leader, their own name in the user's text is "you" ("that Dr. Brandt has
  // read" → "that you have read"); said to anyone else it stays a name.
  const names = leaderNames(profile.leader.name, getText(profile, 'leader.addressAs') ?? '');
  // An answer typed in German is said to them in German („den du einmal hinterfragt hast“), never with an English „you“.
  const toLeader = (s: string) => (writtenInGerman(s) ? germanLeaderToYou(s, names, anrede) : spokenTo(leaderToYou(s, names)));
  // A missing answer is a prompt in the document's language (fill-in in the phrasebook).
  const missing = (path: TextFieldPath) => fillIn(speak({ id: 'fill-in', args: { field: path.replace('.', '-') } }), speak({ id: 'fill-in-label' }));
  const t = (path: TextFieldPath) => {
    const v = getText(profile, path);
    const text = v === undefined ? '' : inlineMarkdown(v); // '' too when it held only control characters
    return text === '' ? missing(path) : text;
  };
  const slotted = slotterFor(profile, toLeader, missing);
  const doc = (path: TextFieldPath) => slotted(path, false).text;
  const challenge = slotted('challenge', false);
  const saidChallenge = slotted('challenge', true);
  const short = challengeShortOf(profile, language, names, toLeader, speak);
  // Said to your manager, the leader named in the challenge is still named.
  const challengeToManager = slotted('challenge', true, true);
  // Each spoken answer is normalized once; the fields below are views of it.
  const spoken = {
    expertise: slotted('leader.expertise', true),
    initiative: slotted('leader.initiative', true),
    decision: slotted('leader.decisionYouAdmire', true),
    bridge: slotted('expertiseApplied', true),
    value: slotted('valueYouBring', true),
    strengths: slotted('you.strengths', true),
    goal: slotted('goal', true),
    success: slotted('successLooksLike', true),
  };
  // A subject line is read in an inbox list: the challenge when it is a short phrase, otherwise
  // what it is about ("Request: 15 minutes on one architecture decision").
  const namedTopic = saidChallenge.given && short ? short.spoken
    : !saidChallenge.clause && saidChallenge.given && saidChallenge.text.split(' ').length <= 8 ? saidChallenge.text : undefined;
  const said = {
    challenge: saidChallenge.text,
    challengeIs: is(saidChallenge),
    challengeTopic: topic(saidChallenge),
    challengeIsToManager: is(challengeToManager),
    challengeTopicToManager: topic(challengeToManager),
    subjectTopic: namedTopic ?? speak({ id: 'subject-topic-default' }),
    hasSubjectTopic: namedTopic !== undefined,
    rhythm: rhythm.saidToThem,
    expertise: spoken.expertise.text,
    initiative: spoken.initiative.text,
    decision: spoken.decision.given ? spoken.decision.text : '',
    // Spoken, a missing bridge cannot be a [fill in] prompt: the line still has to be sayable.
    bridge: spoken.bridge.given ? spoken.bridge.text : speak({ id: 'bridge-missing' }),
    value: spoken.value.text,
    // A clause ("I can share what we learned…") is said as a sentence of its own, never after "bring".
    valueSentence: spoken.value.sentence,
    strengths: spoken.strengths.text,
    strengthsSentence: spoken.strengths.sentence,
    expertiseSentence: spoken.expertise.sentence,
    goal: spoken.goal.text,
    success: spoken.success.text,
    // The doc's narrative speaks of the leader as "they" ("a plan you have signed off" in advice to you).
    successNarrative: doc('successLooksLike'),
    role: t('you.role'),
    hasGoal: spoken.goal.given,
    hasSuccess: spoken.success.given,
    hasInitiative: spoken.initiative.given,
    hasStrengths: spoken.strengths.given,
    hasBridge: spoken.bridge.given,
    valueClause: spoken.value.clause,
    strengthsClause: spoken.strengths.clause,
    expertiseClause: spoken.expertise.clause,
  };
  return { text: t, doc, slotted, challenge, saidChallenge, short, spoken, said };
}
