// Which phrasebook a render context speaks with, and the facts its messages are given. Kept beside
// the context, not in it: templates cannot name it, and the context stays plain data.
import { Phrasebook, type Phrase, type PhraseArgs } from '../phrases/phrasebook';

interface Voice { book: Phrasebook; facts: PhraseArgs }

const voices = new WeakMap<object, Voice>();
let plainEnglish: Voice | undefined;

export function attachVoice(context: object, book: Phrasebook, facts: PhraseArgs): void {
  voices.set(context, { book, facts });
}

export function voiceOf(context: unknown): Voice {
  const v = context !== null && typeof context === 'object' ? voices.get(context) : undefined;
  return v ?? (plainEnglish ??= { book: new Phrasebook(), facts: {} });
}

/** A message in words, with the facts and then `args` as its variables (the `m` helper and the rules). */
export function say(context: unknown, phrase: Phrase): string {
  const { book, facts } = voiceOf(context);
  return book.format(phrase.id, { ...facts, ...phrase.args });
}

/** Hash arguments from a template, as message variables: numbers stay numbers, the rest is text. */
export function argsFromHash(hash: Readonly<Record<string, unknown>> | undefined): PhraseArgs {
  const args: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(hash ?? {})) args[k] = typeof v === 'number' ? v : v === undefined || v === null ? '' : String(v);
  return args;
}

/** The facts and a rule's arguments as one object, made once per arguments object: a rule that gives
 *  all of a document's messages one arguments object pays for one copy, not one per message. */
const withFacts = new WeakMap<PhraseArgs, WeakMap<PhraseArgs, PhraseArgs>>();

function variablesFor(facts: PhraseArgs, args: PhraseArgs | undefined): PhraseArgs {
  if (!args) return facts;
  let byArgs = withFacts.get(facts);
  if (!byArgs) withFacts.set(facts, (byArgs = new WeakMap()));
  let all = byArgs.get(args);
  if (!all) byArgs.set(args, (all = { ...facts, ...args }));
  return all;
}

/** A paragraph: the messages in words, given the facts, joined by a space (a rule's output). A message
 *  one language leaves empty in a case (German after a referral asks for no time) takes no space. */
export function sentences(book: Phrasebook, facts: PhraseArgs, phrases: readonly Phrase[]): string {
  return phrases.map((x) => book.format(x.id, variablesFor(facts, x.args))).filter((s) => s !== '').join(' ');
}
