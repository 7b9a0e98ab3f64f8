// The notes on the leader's words at the top of a document: how they were read (`note`, above any
// document), and that they are in a script the tool cannot read (`unread`: only in the documents you
// prepare with, the prep doc, the script and the brief; never above a message you copy and send).
import type { Profile } from '../profile/profile';
import type { Facts } from './facts';
import { readingNote, unreadNote } from './rules/request';
import type { Speak } from './rules/shared';
import { glossesOf } from './wordsGloss';

export function wordsNotesOf(profile: Profile, facts: Facts, english: boolean, speak: Speak): { note: string; unread: string } {
  const glosses = glossesOf(facts.words, facts.country === 'ZA' || /^en-ZA$/i.test(profile.you.locale ?? ''), english, facts.is.foreignWords);
  const known = glosses.filter((g) => g.id === 'words-gloss-known');
  const script = facts.is.unreadWords && facts.wordsScript !== 'none';
  const lead = facts.is.readFromWords ? speak(readingNote(facts)) : facts.is.unreadWords && !script ? speak(unreadNote(facts)) : '';
  return {
    note: [lead, ...glosses.filter((g) => !known.includes(g)).map(speak)].filter(Boolean).join('\n\n'),
    unread: [script ? speak(unreadNote(facts)) : '', ...known.map(speak)].filter(Boolean).join('\n\n'),
  };
}
