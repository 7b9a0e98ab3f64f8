/**
 * "Send your questions by email, I will reply when I am back", "mail me your questions", "put it in
 * writing, I'll answer": a yes, in writing, within the limits they set, not no time. Read when they ask
 * for writing and either name your questions as what to send or promise a reply, in the languages the
 * tool reads. Bounded patterns: linear.
 */
import { writingAskedIn } from './leaderWords';
import { readingPattern } from './lazyPattern';

/** Your questions as what to send in writing: "send your questions by email", "deine Fragen per Mail". */
const QUESTIONS = /(?<!\p{L})(?:(?:send|mail|e-?mail|message|write|drop)\s+(?:me\s+)?(?:your|the|any|those|a\s+few)\s+questions?|questions?\s+(?:by|via|over|per|in)\s+(?:e-?mail|mail|message|writing)|(?:deine|Ihre|die|eure)\s+Fragen\s+(?:per|als|via)\s+(?:E-?Mail|Mail|Nachricht)|(?:tus|sus|las)\s+preguntas\s+por\s+(?:correo|e-?mail|mail|escrito)|(?:tes|vos|les)\s+questions\s+par\s+(?:e-?mail|mail|courriel|écrit)|(?:suas|tuas|as)\s+perguntas\s+por\s+(?:e-?mail|mail|escrito))(?!\p{L})/iu;
/** A reply promised: "I will reply", "I'll answer", "I will look when I can", "and I'll get back to you", „ich antworte“, "te respondo". */
const REPLY = /(?<!\p{L})(?:I(?:['’]ll|\s+will|\s+shall|\s+can|\s+promise\s+to)\s+(?:try\s+to\s+)?(?:reply|answer|respond|get\s+back\s+to\s+you|write\s+back|(?:have\s+a\s+)?look(?:\s+at\s+(?:them|it))?\s+when)|ich\s+antworte|antworte\s+ich|(?:te|le|les|os)\s+respond(?:o|eré)|je\s+(?:te\s+|vous\s+)?r[ée]pond(?:s|rai)|eu\s+respondo|(?:te|lhe)\s+respondo)(?!\p{L})/iu;

/** They asked for your questions in writing, or to write and promised a reply: a yes in writing. */
export const repliesInWriting = (words: string): boolean => writingAskedIn(words) !== undefined && (QUESTIONS.test(words) || REPLY.test(words));

/** What comes later is more of the same, not the start ("once the inspection is closed we can see about
 *  something more regular"): the yes in writing holds now, and the condition is for more. Bounded: linear. */
const MORE_LATER = readingPattern('moreLater', 'iu');
export const moreLater = (words: string): boolean => MORE_LATER().test(words);
