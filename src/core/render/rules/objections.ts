import type { FirstResponse } from '../../profile/profile';
import type { Phrase } from '../../phrases/phrasebook';
import { askMode, capFirst, fitDoubted, isJoined, papersOf, personIsNamed, programPointed, say, type Scene } from './shared';
import type { Card, Situation } from './types';
import { channelNamed } from '../leaderWords';

const CARD_FOR: Record<FirstResponse, string> = {
  'no-time': 'time', 'not-now': 'later', noncommittal: 'vague-yes', 'use-the-program': 'program', 'ask-your-manager': 'manager', 'not-ready': 'ready', 'no-reply': 'time',
  'yes-with-limits': 'time', referral: 'not-me', 'doubts-fit': 'not-me', declined: 'time',
};

/** How many cards the prep doc shows in full; the others get one line each. */
export const LIKELY_CARDS = 2;

/** How likely each objection is in this situation, beyond what they signalled: a rough order, so
 *  the cards a reader rehearses are the ones this leader may actually raise. */
function likelihood(id: string, s: Situation): number {
  const r = s.rhythm;
  const rel = s.relationship;
  const hierarchical = s.hierarchy === 'hierarchical';
  const org = s.organization ?? 'unknown';
  switch (id) {
    case 'time': return 6 + (rel === 'executive' ? 3 : 0) + (r.recurring && r.live ? 2 : 0);
    case 'ready': return rel === 'former-manager' ? 1 : 4 + (rel === 'cross-team' || rel === 'executive' ? 3 : 0);
    case 'manager': return hierarchical || rel === 'skip-level' ? 8 : rel === 'executive' ? 3 : 5;
    case 'program': return { enterprise: 5, 'public-sector': 5, 'scale-up': 3, startup: 1, nonprofit: 1, unknown: 2 }[org];
    case 'gain': return rel === 'executive' ? 7 : rel === 'cross-team' ? 6 : 4;
    case 'informal': return s.communication === 'indirect' ? 2 : 4;
    // Equal treatment is the public sector's first worry about one person's mentoring.
    case 'everyone': return (rel === 'executive' ? 6 : hierarchical ? 5 : 2) + (org === 'public-sector' ? 4 : 0);
    case 'later': return 4;
    case 'vague-yes': return s.communication === 'indirect' ? 6 : 3;
    // They asked to be written to ("write to me by email", "no time for meetings"): that is the reply to expect.
    case 'email': return channelNamed(`${s.words} ${s.channel ?? ''}`) === 'write' ? 10 : r.written ? 1 : 5;
    case 'not-me': return s.declined || s.noReply ? 6 : 3;
    case 'consult': return 7 + (s.communication === 'indirect' ? 1 : 0);
    // A leader at another company may well say it; elsewhere the card is there only when they did.
    case 'outside': return s.otherCompany ? 9 : 2;
    // What a leader at another company weighs: what may cross the company line, how it looks, why not someone inside yours.
    case 'share': return 8;
    // In a short deck the outsider's own worries outrank the ones any leader may have; an official
    // (or a regulator, an auditor) advising a body theirs serves or oversees asks this before anything else.
    case 'conflict': return s.officialTies ? 12 : s.otherCompany ? 9 : 8;
    case 'inside': return 8;
    case 'think': return 5;
    default: return 0;
  }
}

/** "Let me think about it" in a hierarchical organization usually means "I have to check first". */
const THINK_IT_OVER = /\blet me (?:think|see|consider)\b|\bthink (?:it|this) over\b|\bconsider\b|\bcheck with\b|\bdiscuss (?:it|this) with\b/i;
/** "Let me think about it": a pending yes, the think card (the consult card where a hierarchy reads it as "I have to check first"). */
const THINK = /\blet me (?:think|consider|mull|sleep)\b|\bthink (?:it|this|that) over\b|\b(?:I(?:['’]ll| will| need to| want to| have to)|I(?:['’]d| would) like to)\s+think\b|\bsleep on it\b/i;
/** "I don't take mentees from outside the company", "I only mentor people in my own program". */
const OUTSIDE = /\b(?:mentees?|people|anyone|someone)\s+(?:from\s+)?outside\b|\boutside (?:the|my|our) (?:company|organi[sz]ation|org|team|program(?:me)?|group)\b|\bonly (?:mentor|take on|take|coach)\b[^.]{0,40}\b(?:own|internal|inside|within|in (?:my|our|the))\b/i;

/** Sentences of their words, each with its final punctuation: "Hm." "Let me think about it." */
function sentencesOf(words: string): string[] {
  return words.split(/(?<=[.!?…])\s+/u).map((x) => x.trim()).filter((x) => x !== '');
}

/** A leader doubting they fit: "I'm not sure I'm the best placed", "not the right person". */
const FIT = /\b(?:right|best|good|ideal|better) (?:person|mentor|fit|guy|man|woman|one)\b|(?:^|[\s,])me\?|\bsomeone (?:else|better)\b|\b(?:best|better|well) placed\b|\bnot the (?:one|person|man|woman) (?:for|to)\b|\bwhy me\b/i;
/** "Mentor I can't be", "I don't really do formal mentoring", "no mentoring". */
const INFORMAL = /\bmentor,? I (?:can['’]?t|cannot|won['’]?t) be\b|\b(?:don['’]?t|do not|can['’]?t|cannot|won['’]?t) (?:really )?(?:do|be) (?:any )?(?:formal |official )?(?:mentoring|a mentor|anyone['’]s mentor)\b|\bno (?:formal )?mentoring\b|\b(?:formal|official) mentor(?:ing|ship)?\b|\bmentor(?:ing|ship)? is (?:a )?(?:big|strong|heavy|grand) word\b/i;
/** A form of help they refuse, named: "I don't do mentoring calls", "no meetings", "I don't have time for
 *  sessions". The form is the card (the form card), not mentoring as such; group 1 is the form. */
const FORM = /\b(?:(?:don['’]?t|do not|won['’]?t|can['’]?t|cannot|never) (?:really )?(?:do|take|join|have time for) (?:any )?(?:formal )?(?:mentoring |mentorship |coaching )?|\bno (?:more )?(?:mentoring |mentorship )?)((?:video |zoom |phone )?calls|meetings|sessions|1:1s|one-on-ones|catch-ups)\b/i;

/** The form they refuse, as a plural noun ("calls", "Zoom calls"), from their words; undefined when none. */
export function formRefused(words: string): string | undefined {
  const form = FORM.exec(words)?.[1];
  return form === undefined ? undefined : form.toLowerCase().replace(/^zoom\b/, 'Zoom');
}
const TIME = /\bno time\b|\bcalendar\b|\bbooked (?:solid|up)\b|\bswamped\b|\bslammed\b|\bplate is (?:full|overflowing)\b|\bbandwidth\b|\bcapacity\b|\bdiary\b|\bdon['’]?t have a life\b/i;
const PROGRAM = /\bprogram(?:me)?\b(?!\s+side\b)|\bscheme\b/i;
const READY = /\b(?:not|aren['’]?t|isn['’]?t) (?:quite |yet )?ready\b|\bmore (?:senior|experience)\b|\btoo (?:early|junior)\b/i;
const EVERYONE = /\b(?:for|with) every(?:one|body)\b|\bfavou?rit/i;
/** A concern of rules they must keep: procurement, compliance, a tender, a conflict of interest. */
const CONCERN = /\bprocurement\b|\bcompliance\b|\btenders?\b|\bconflicts? of interest\b|\bbidding\b/i;

/** Each card an objection in their own words can be, in the order a sentence is given to one:
 *  a sentence voices one card. The time card is not voiced after a "not now": coming back when they
 *  said answers it (the later card is theirs). In a hierarchy "let me think" is the consult card,
 *  kept in its general words ("I may need to check first"), not voiced. */
const VOICED: readonly { id: string; words: RegExp; unless?: readonly FirstResponse[] }[] = [
  { id: 'conflict', words: CONCERN }, { id: 'outside', words: OUTSIDE }, { id: 'form', words: FORM }, { id: 'informal', words: INFORMAL }, { id: 'not-me', words: FIT }, { id: 'think', words: THINK },
  { id: 'program', words: PROGRAM }, { id: 'ready', words: READY }, { id: 'everyone', words: EVERYONE },
  { id: 'time', words: TIME, unless: ['not-now'] },
];

/** At most this many words in a sentence said back as the card's objection; a longer one keeps the card's own words. */
const VOICED_MAX_WORDS = 30;

/** The cards their words voice in so many words, whatever the first answer was read as, each with
 *  the sentence that says it (id → sentence), in the order they said them. */
export function voicedCards(words: string, ids: readonly string[], firstResponse: FirstResponse | undefined): Map<string, string> {
  const voiced = new Map<string, string>();
  for (const sentence of sentencesOf(words)) {
    const card = VOICED.find((v) => ids.includes(v.id) && !voiced.has(v.id) && !(firstResponse && v.unless?.includes(firstResponse)) && v.words.test(sentence));
    if (card) voiced.set(card.id, sentence.split(/\s+/).length <= VOICED_MAX_WORDS ? sentence : '');
  }
  return voiced;
}

/** Cards that cannot arise after the first answer, unless they voiced them: a yes (with limits) is not
 *  taken back by doubt or "at some point"; someone who named who fits, or said no, does not answer
 *  "sure, some time"; a no is not "let me think" (the one conversation has no invite to defer). */
const CANNOT_ARISE: Partial<Record<FirstResponse, readonly string[]>> = {
  // After a yes the cards keep the ask small and going; none is about getting a yes (a program, fairness
  // to others) unless their own words raised it.
  'yes-with-limits': ['not-me', 'ready', 'vague-yes', 'later', 'think', 'consult', 'program', 'everyone'],
  referral: ['vague-yes', 'later'],
  'doubts-fit': ['vague-yes', 'later'],
  declined: ['vague-yes', 'think', 'consult'],
};

/** The deck is short: what this leader may raise, most likely first, the rest left out. */
export const MAX_CARDS = 7;

function rankCards(list: Card[], signals: readonly FirstResponse[], s: Situation): Card[] {
  // A no with a time in it ("not this year") is answered with that time first.
  const consult = s.hierarchy === 'hierarchical' && list.some((c) => c.id === 'consult') && THINK_IT_OVER.test(s.words);
  const cardFor = (f: FirstResponse) => (f === 'noncommittal' && consult ? 'consult'
    // From another company, "have you asked your manager?" is "why not someone inside your company?".
    : f === 'ask-your-manager' && s.otherCompany ? 'inside'
    : f === 'noncommittal' && list.some((c) => c.id === 'think') ? 'think'
      : f === 'declined' && s.comeBack?.named ? 'later' : CARD_FOR[f]);
  // An objection in their own words is card 1, said as they said it (rules above: cards()).
  // One answer, one diagnosis: "let me see what I can do" in a hierarchy is the consult card
  // alone; the vague-yes card is ranked with the rest, not marked as signalled too.
  // Someone they named ("talk to Marcos") is the not-me card, signalled too.
  // A concern of rules they must keep (procurement, compliance, a tender) is answered before anything else they said.
  const voiced = list.filter((c) => c.voiced).map((c) => c.id).sort((a, b) => Number(b === 'conflict') - Number(a === 'conflict'));
  // In the one conversation they granted, nothing is scheduled or deferred any more.
  const mode = askMode({ written: s.rhythm.written, declined: s.declined, noReply: s.noReply, firstResponse: s.firstResponse, offered: s.rhythm.offered !== undefined, writtenFirst: s.writeFirst, informal: s.offer?.shape === 'informal' });
  const inTheConversation = mode.theConversation;
  const cannot = new Set([...(s.firstResponse ? CANNOT_ARISE[s.firstResponse] ?? [] : []), ...(inTheConversation ? ['vague-yes', 'consult', 'informal'] : []),
    // What they offered in writing is not an objection to it.
    ...(mode.offeredInWriting ? ['email'] : []),
    // A no that asked you to come back at no time ('not this year' alone) has no 'later' to answer (declinedWhen.ts).
    ...(s.declined && !s.comeBack?.named ? ['later'] : []),
    // A doubt about their own fit or currency is about them, not you: never "I'm not sure you're ready".
    ...(fitDoubted(s, signals) ? ['ready'] : []),
    // "Why me? Shouldn't your manager…" after a yes, only while your manager does not know.
    ...(s.firstResponse === 'yes-with-limits' && s.managerKnows === true ? ['manager'] : [])]);
  const arises = (c: Card) => c.voiced || !cannot.has(c.id);
  const ids = [...new Set([...voiced, ...(s.doubtsFit ? ['not-me'] : []), ...signals.map(cardFor), ...(s.referral ? ['not-me'] : [])])];
  const firsts = ids.map((id) => list.find((c) => c.id === id)!).filter((c) => c !== undefined && arises(c));
  // With no reply nothing was signalled: the card comes first, unmarked.
  const marked = signals[0] === 'no-reply' ? firsts : firsts.map((c) => ({ ...c, signalled: true }));
  const rest = list.filter((c) => !firsts.includes(c) && arises(c))
    .map((c, i) => ({ c, i, score: likelihood(c.id, s) }))
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .map((x) => x.c);
  return [...marked, ...rest].slice(0, Math.max(MAX_CARDS, marked.length)).map((c, i) => ({ ...c, likely: i < Math.max(LIKELY_CARDS, marked.length) }));
}

/** What a card's messages say: an objection, what it usually means, the answer, and the brief's short answer. */
interface CardWords { objection: Phrase[]; means: Phrase[]; answer: Phrase[]; short: Phrase[] }

/** What the cards decide on, read once from the scene. */
interface CardFacts {
  s: Situation;
  closed: boolean;
  program: string | undefined;
  /** They deferred to a milestone of theirs, and you come back after it. */
  backAtTheirMilestone: boolean;
  /** How long before you check back ("a week"; "two weeks" where time is flexible). */
  reminder: string;
  /** The cards their words voiced (voicedCards). */
  voiced: ReadonlySet<string>;
}

const one = (id: string): Phrase[] => [say(id)];

/** Each card's messages, by card id, in the order the cards are listed before ranking. */
const CARDS: Record<string, (k: CardFacts) => CardWords> = {
  time: ({ s, closed }) => ({
    objection: one('cards-time-objection'), means: one('cards-time-means'),
    // After a no there is nothing smaller to offer: accept it. After "no time" the ask already offered
    // the lighter version: the card points back to it; the brief has not said it yet: it names it.
    // A yes with limits set the limits for this worry: keep inside them, nothing lighter in its place.
    answer: one(s.declined ? 'cards-time-answer-declined' : s.firstResponse === 'no-time' ? 'cards-time-answer-lighter' : s.firstResponse === 'yes-with-limits' && !closed ? 'cards-time-answer-agreed' : 'cards-time-answer'),
    short: one(closed ? 'cards-time-short-closed' : s.firstResponse === 'yes-with-limits' ? 'cards-time-answer-agreed' : 'cards-time-short'),
  }),
  ready: ({ s }) => ({
    objection: one('cards-ready-objection'), means: one('cards-ready-means'),
    // An informal offer (a coffee) is taken up with no papers on the table: judged by the decision as framed.
    answer: [say('cards-ready-lead'), ...(s.said.hasStrengths ? [say('cards-ready-strengths')] : []), say('cards-ready-answer', papersOf(s))],
    short: [say('cards-ready-short', papersOf(s))],
  }),
  // "My manager knows" is said only as the profile has it: not yet told, the answer says you will
  // tell them first; not said either way, the answer claims nothing about your manager.
  manager: ({ s }) => {
    const variant = s.managerKnows === true ? '' : s.managerKnows === false ? '-not-yet' : '-unsaid';
    return { objection: one('cards-manager-objection'), means: one('cards-manager-means'), answer: one(`cards-manager-answer${variant}`), short: one(`cards-manager-short${variant}`) };
  },
  // Their channel may not count anything for this (a guild, an HR programme they do not mentor in): no "run it through the program".
  program: ({ program }) => ({
    objection: one('cards-program-objection'),
    means: [say('cards-program-means'), ...(program !== undefined ? [say('cards-program-means-pointed')] : [])],
    answer: one(program !== undefined ? 'cards-program-answer-pointed' : 'cards-program-answer'),
    short: one(program !== undefined ? 'cards-program-short-pointed' : 'cards-program-short'),
  }),
  gain: () => ({ objection: one('cards-gain-objection'), means: one('cards-gain-means'), answer: one('cards-gain-answer'), short: one('cards-gain-short') }),
  informal: () => ({ objection: one('cards-informal-objection'), means: one('cards-informal-means'), answer: one('cards-informal-answer'), short: one('cards-informal-short') }),
  // One conversation after a no: one work decision, the input anyone on it could ask for.
  // A leader at another company: no summaries to a team, nothing confidential from either side.
  everyone: ({ s }) => ({
    objection: one('cards-everyone-objection'), means: one('cards-everyone-means'),
    answer: one(s.otherCompany ? 'cards-everyone-answer-outside' : s.rhythm.single ? 'cards-everyone-answer-single' : 'cards-everyone-answer'),
    short: one(s.otherCompany ? 'cards-everyone-short-outside' : s.rhythm.single ? 'cards-everyone-short-single' : 'cards-everyone-short'),
  }),
  // After a no, the date is the whole answer: no written question in the meantime, no probing.
  // They deferred to a milestone and you came back after it: a second "later" gets a month of their
  // choosing, not the milestone that has passed. When to come back is theirs to have said.
  later: ({ closed, backAtTheirMilestone: again }) => ({
    objection: one(again ? 'cards-later-objection-again' : 'cards-later-objection'),
    means: one(closed ? 'cards-later-means-closed' : 'cards-later-means'),
    answer: one(again ? 'cards-later-answer-again' : closed ? 'cards-later-answer-closed' : 'cards-later-answer'),
    short: one(again ? 'cards-later-short-again' : 'cards-later-short'),
  }),
  'vague-yes': ({ s: { rhythm: r } }) => {
    const variant = r.single ? '-single' : r.written ? '-written' : '';
    return { objection: one('cards-vague-yes-objection'), means: one('cards-vague-yes-means'), answer: one(`cards-vague-yes-answer${variant}`), short: one(`cards-vague-yes-short${variant}`) };
  },
  email: ({ s: { rhythm: r } }) => ({
    objection: one('cards-email-objection'), means: one('cards-email-means'),
    answer: one(r.single ? 'cards-email-answer-single' : r.written ? 'cards-email-answer-written' : 'cards-email-answer'),
    short: one(r.written ? 'cards-email-short-written' : 'cards-email-short'),
  }),
  // After a no, the referral is the whole answer: no second request attached to it.
  'not-me': ({ s, closed, voiced }) => {
    // A doubt about fit is the card even when they named someone: the referral is answered inside it.
    // A referral whose words voiced a doubt ("I'm not sure I'm the best placed; see Hervé")
    // is answered as the doubt it is.
    const doubts = s.doubtsFit || voiced.has('not-me');
    const who = doubts ? '-doubts-fit' : s.referral ? '-referral' : '';
    const both = doubts && s.referral && !closed;
    // After a referral the script has you write to them before the meeting: you have written, not talked.
    const referral = s.firstResponse === 'referral' ? '-referral-written' : '-referral';
    const answer = both ? '-doubts-fit-referral' : s.referral && !closed ? referral : doubts && !closed ? '-doubts-fit' : closed ? '-closed' : '';
    return { objection: one(`cards-not-me-objection${who}`), means: one(`cards-not-me-means${both ? '-doubts-fit-referral' : who}`), answer: one(`cards-not-me-answer${answer}`), short: one(`cards-not-me-short${answer}`) };
  },
  // A form they refuse ("I don't do mentoring calls"): the answer drops that form and keeps to theirs.
  form: ({ s }) => {
    const variant = s.rhythm.written ? '-written' : s.rhythm.offered !== undefined ? '-offered' : '';
    return { objection: one('cards-form-objection'), means: one('cards-form-means'), answer: one(`cards-form-answer${variant}`), short: one(`cards-form-answer${variant}`) };
  },
  outside: () => ({ objection: one('cards-outside-objection'), means: one('cards-outside-means'), answer: one('cards-outside-answer'), short: one('cards-outside-short') }),
  // A leader at another company: why not someone inside your own (the manager card's place), whether
  // advising you is a conflict for them, and what either of you may share. Your manager
  // knowing is said only as the profile has it.
  inside: ({ s }) => ({
    objection: one('cards-inside-objection'), means: one('cards-inside-means'),
    answer: [say('cards-inside-answer'), ...(s.managerKnows === true ? [say('cards-inside-manager-knows')] : [])],
    short: [say('cards-inside-short'), ...(s.managerKnows === true ? [say('cards-inside-manager-knows')] : [])],
  }),
  conflict: () => ({ objection: one('cards-conflict-objection'), means: one('cards-conflict-means'), answer: one('cards-conflict-answer'), short: one('cards-conflict-short') }),
  share: () => ({ objection: one('cards-share-objection'), means: one('cards-share-means'), answer: one('cards-share-answer'), short: one('cards-share-short') }),
  think: () => ({ objection: one('cards-think-objection'), means: one('cards-think-means'), answer: one('cards-think-answer'), short: one('cards-think-short') }),
  // Your manager raises nothing with a leader at another company.
  consult: ({ s }) => ({ objection: one('cards-consult-objection'), means: one(s.otherCompany ? 'cards-consult-means-outside' : 'cards-consult-means'), answer: one(s.otherCompany ? 'cards-consult-answer-outside' : 'cards-consult-answer'), short: one('cards-consult-short') }),
};

/** What every card's messages are given: the answers they quote and the shape of the ask. */
function cardArgs(k: CardFacts, inWriting: boolean): Phrase['args'] {
  const { s, program } = k;
  const { said, rhythm: r } = s;
  const yes = (b: boolean) => (b ? 'yes' : 'no');
  return {
    expertise: said.expertise, expertiseClause: yes(said.expertiseClause), bridge: said.bridge, value: said.value, valueSentence: said.valueSentence,
    valueCapitalized: capFirst(said.value), valueClause: yes(said.valueClause), strengths: said.strengths, strengthsSentence: said.strengthsSentence,
    strengthsClause: yes(said.strengthsClause), strengthsGiven: yes(said.hasStrengths), inWriting: yes(inWriting), known: yes(s.managerKnows === true), single: yes(r.single), written: yes(r.written),
    assistant: yes(r.assistant), minutes: String(r.minutes), fallback: r.fallback, fallbackText: r.fallbackText, comeBack: s.comeBack?.when ?? '',
    form: formRefused(s.words) ?? 'calls', program: program ?? '', pointed: yes(program !== undefined), joined: yes(isJoined(program)), referral: s.referral ?? '', referred: yes(!!s.referral), named: personIsNamed(s.referral), met: s.referralMet ?? 'no', pronoun: s.referPronoun,
    // A question goes to someone; a conversation is had with them.
    exchange: inWriting || (r.written && !r.live) ? 'question' : 'conversation',
    shape: r.single ? (r.written ? 'question' : 'conversation') : r.recurring ? 'regular' : 'occasional',
    // The ask as said to them ("30-minute conversations once a month"): an answer names this, not another.
    summary: r.saidToThem,
    managerWord: s.managerWord ?? 'manager', objection: s.comeBack?.objection ?? '', reminder: k.reminder,
    // Back in the month they named: if it is still not the time, a month is proposed, not asked for.
    later: k.backAtTheirMilestone ? s.laterMonth ?? 'none' : 'none',
  };
}

function cards(sc: Scene): Card[] {
  const { s, closed, mode, comeBack, say: speak } = sc;
  // A leader at another company has no program of yours to point to, unless they named one.
  const pointed = programPointed(s, speak);
  const program = !s.otherCompany || pointed !== undefined ? ['program'] : [];
  // Cards for words only some leaders say: there when they said it (or, from outside, may well say it:
  // not a former manager, who took you on once and knows you are no stranger).
  const outside = (s.otherCompany && s.relationship !== 'former-manager') || OUTSIDE.test(s.words) ? ['outside'] : [];
  // In a hierarchy, "let me think about it" is the consult card ("I may need to check first").
  const think = THINK.test(s.words) && s.hierarchy !== 'hierarchical' ? ['think'] : [];
  // A form they refuse, named ("I don't do mentoring calls"): that form is the card; the card on a
  // title or a program ("I don't really do formal mentoring") is there only when their words are about one.
  const form = formRefused(s.words);
  const refused = form !== undefined ? ['form'] : [];
  const informal = form === undefined || INFORMAL.test(s.words.replace(FORM, '')) ? ['informal'] : [];
  // Their own company's concerns replace yours: no manager of yours helping, but someone inside your company.
  const insider = s.otherCompany ? ['inside'] : ['manager'];
  // Inside your company too, a concern they named (procurement, compliance, a tender) has its card.
  const outsider = s.otherCompany ? ['share', 'conflict'] : CONCERN.test(s.words) ? ['conflict'] : [];
  const ids = ['time', 'ready', ...insider, ...program, 'gain', ...refused, ...informal, 'everyone', 'later', 'vague-yes', 'email', 'not-me', ...(s.hierarchy === 'hierarchical' ? ['consult'] : []), ...outside, ...outsider, ...think];
  // What they already said is the card's objection, in their words.
  const voiced = voicedCards(s.words, ids, s.firstResponse);
  // They pointed you to the program: the answer says you joined, and the card says to do it first.
  const k: CardFacts = { s: { ...s, comeBack }, closed, program: pointed, backAtTheirMilestone: s.firstResponse === 'not-now' && !closed && !!s.comeBack?.named, reminder: sc.reminder, voiced: new Set(voiced.keys()) };
  const args = cardArgs(k, mode.inWriting);
  // One arguments object for every card (a card's own, e.g. no papers, over it): joined with the facts once.
  const words = (phrases: Phrase[]) => speak(phrases.map((x) => say(x.id, x.args ? { ...args, ...x.args } : args)));
  return ids.map((id) => {
    const c = CARDS[id]!(k);
    return { id, objection: voiced.get(id) || words(c.objection), means: words(c.means), answer: words(c.answer), short: words(c.short), signalled: false, likely: false, voiced: voiced.has(id) };
  });
}

/** The objection cards, the ones their answer points to first, the likeliest marked. */
export function objectionsOf(sc: Scene): Card[] {
  return rankCards(cards(sc), sc.signals, sc.s);
}
