/**
 * Headings of the built-in templates in the languages the extension speaks. Templates write
 * `{{t "The script"}}` or `{{t "Mentorship prep: {0}" leader.name}}`; English is the key itself.
 * The body text stays English for now: only the document's structure is translated.
 */
import { objectCase } from '../culture/germanNames';

export const LANGUAGES = ['en', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];

export const HEADINGS: Record<Exclude<Language, 'en'>, Record<string, string>> = {
  de: {
    'Async update for {0}': 'Asynchrones Update für {0:acc}',
    'The message': 'Die Nachricht',
    'First check-in: {0}': 'Erster Check-in: {0}',
    'Goal for this session': 'Ziel dieser Sitzung',
    'Goal for this note': 'Ziel dieser Nachricht',
    'Pre-read (send 24 to 48 hours before)': 'Vorab-Lektüre (24 bis 48 Stunden vorher senden)',
    'Agenda ({0} minutes in total; aim to finish early)': 'Agenda ({0} Minuten insgesamt; lieber früher fertig)',
    'Questions worth asking': 'Fragen, die sich lohnen',
    'Afterwards (within 24 hours)': 'Danach (innerhalb von 24 Stunden)',
    'Next check-in: {0}': 'Nächster Check-in: {0}',
    'Topic': 'Thema',
    'Open actions from earlier sessions': 'Offene Aufgaben aus früheren Sitzungen',
    'Agenda ({0} minutes)': 'Agenda ({0} Minuten)',
    'After the session': 'Nach der Sitzung',
    'After the exchange': 'Nach dem Austausch',
    'Objection cards: {0}': 'Einwandkarten: {0}',
    'The cards': 'Die Karten',
    'Mentorship prep: {0}': 'Mentoring-Vorbereitung: {0}',
    'The ask in one paragraph': 'Die Anfrage in einem Absatz',
    'Why leaders hesitate, and what to do about it': 'Warum Führungskräfte zögern – und was Sie tun können',
    'Research before the meeting': 'Recherche vor dem Gespräch',
    'Vocabulary for this conversation': 'Vokabular für dieses Gespräch',
    'The script': 'Der Gesprächsleitfaden',
    'Objections and answers': 'Einwände und Antworten',
    'After the meeting': 'Nach dem Gespräch',
    'Within 24 hours': 'Innerhalb von 24 Stunden',
    'Your relationship and the culture': 'Ihre Beziehung und die Kultur',
    'Communication and hierarchy': 'Kommunikation und Hierarchie',
    'Prep checklist': 'Vorbereitungs-Checkliste',
    'Script: asking {0} for mentorship': 'Gesprächsleitfaden: {0:acc} um Mentoring bitten',
    'The conversation': 'Das Gespräch',
    'If they push back': 'Wenn Einwände kommen',
    'Thank-you note: {0}': 'Dankesnachricht: {0}',
    'The note': 'Die Nachricht',
    'If the answer was “not now”': 'Wenn die Antwort „nicht jetzt“ war',
    'If the answer was “no” or “not now”': 'Wenn die Antwort „Nein“ oder „nicht jetzt“ war',
    'If they are still considering it': 'Wenn noch nichts entschieden ist',
    // What the user sends and says around the meeting (issue 12).
    'Meeting request: {0}': 'Gesprächsanfrage: {0}',
    'As a chat message': 'Als Chat-Nachricht',
    'Manager first: before you ask {0}': 'Zuerst mit der eigenen Führungskraft sprechen, bevor Sie {0:acc} fragen',
    'Why this conversation comes first': 'Warum dieses Gespräch zuerst kommt',
    'Likely questions, and how to answer': 'Wahrscheinliche Fragen und Ihre Antworten',
    'Keeping your manager in the loop': 'Die eigene Führungskraft auf dem Laufenden halten',
    'One-pager for {0}': 'One-Pager für {0:acc}',
    'The problem': 'Das Problem',
    'Why you': 'Warum Sie',
    'The ask': 'Die Anfrage',
    'What I do, what you get': 'Was ich übernehme, was Sie davon haben',
    'What success looks like': 'Woran wir Erfolg erkennen',
    'Night-before brief: {0}': 'Spickzettel für den Vorabend: {0}',
    'Opening line': 'Der erste Satz',
    'The question': 'Die Frage',
    'First lines of the message': 'Die ersten Zeilen der Nachricht',
    'The ask in two lines': 'Die Anfrage in zwei Zeilen',
    'The 30-second ask': 'Die Anfrage in 30 Sekunden',
    'The bridge': 'Die Brücke',
    'Three objections they are most likely to raise': 'Die drei wahrscheinlichsten Einwände',
    'The walk-away line': 'Der Schlusssatz',
    'In the pause': 'In der Pause',
    'After you send it': 'Nach dem Absenden',
    'The message, part by part': 'Die Nachricht, Teil für Teil',
    'Research before you write': 'Recherche vor dem Schreiben',
    'Reply to a no: {0}': 'Antwort auf ein Nein: {0}',
    'If the answer was no': 'Wenn die Antwort Nein war',
    'Then': 'Danach',
  },
};

/** Headings the facts choose between: a template writes `{{t headings.goal}}`, and the key is one of
 *  these (English, as every key is), so no words sit in a conditional. Every alternative is listed
 *  here, so the German dictionary's check sees the keys no template spells out. */
export const CHOSEN_HEADINGS = {
  /** The brief's first line: the message's first lines when the ask is written. */
  opening: { written: 'First lines of the message', spoken: 'Opening line' },
  /** The brief's ask: the one question after a no, the ask in two lines when written, else 30 seconds. */
  ask: { conversation: 'The question', written: 'The ask in two lines', spoken: 'The 30-second ask' },
  /** The first check-in's goal and its pre-read: a note when the rhythm is written. */
  goal: { async: 'Goal for this note', live: 'Goal for this session' },
  preRead: { async: 'The note', live: 'Pre-read (send 24 to 48 hours before)' },
  /** The next check-in's last section. */
  after: { async: 'After the exchange', live: 'After the session' },
  /** The prep doc's script, research and after sections: a written exchange when the ask is itself a
   *  message (askInWriting) or the document they offered to read (offerReview), else a meeting. */
  script: { written: 'The message, part by part', spoken: 'The script' },
  research: { written: 'Research before you write', spoken: 'Research before the meeting' },
  afterAsk: { written: 'After you send it', spoken: 'After the meeting' },
} as const;

export type ChosenHeadings = { readonly [K in keyof typeof CHOSEN_HEADINGS]: string };

/** The heading keys for this situation. */
export function chosenHeadings(is: { readonly async: boolean; readonly live?: boolean; readonly askInWriting: boolean; readonly theConversation: boolean; readonly offerReview?: boolean; readonly noDocuments?: boolean }): ChosenHeadings {
  const h = CHOSEN_HEADINGS;
  // A short note they asked for first is written, whatever format was chosen for later (facts.ts live).
  const format = is.async || is.live === false ? 'async' : 'live';
  const exchange = is.askInWriting || is.offerReview === true ? 'written' : 'spoken';
  return {
    opening: is.askInWriting ? h.opening.written : h.opening.spoken,
    ask: is.theConversation ? h.ask.conversation : is.askInWriting ? h.ask.written : h.ask.spoken,
    goal: h.goal[format],
    // Documents ruled out ("no decks"): what goes before the session is a note, never a pre-read.
    preRead: h.preRead[is.noDocuments === true ? 'async' : format],
    after: h.after[format],
    script: h.script[exchange],
    research: h.research[exchange],
    afterAsk: h.afterAsk[exchange],
  };
}

/** `en`, `de`, … from a VS Code or POSIX locale ("de-CH" → "de"); English when unknown. */
export function languageOf(locale: string | undefined): Language {
  const base = (locale ?? 'en').toLowerCase().split(/[-_]/)[0];
  return (LANGUAGES as readonly string[]).includes(base ?? '') ? (base as Language) : 'en';
}

/** A heading in `language`, with {0}, {1}… filled from `args`; `{0:acc}` marks a name governed by a
 *  preposition or a verb („für {0:acc}“), where a German „Herr …“ is „Herrn …“ (germanNames.ts). */
export function heading(key: string, language: Language, args: readonly unknown[]): string {
  // Own keys only: `{{t "constructor"}}` is not Object.prototype.constructor.
  const table = language === 'en' ? undefined : HEADINGS[language];
  const pattern = table && Object.hasOwn(table, key) ? table[key]! : key;
  return pattern.replace(/\{(\d+)(:acc)?\}/g, (m, i: string, governed: string | undefined) => (Number(i) < args.length ? (governed ? objectCase : String)(String(args[Number(i)])) : m));
}
