// What they offered, turned to whoever hears it. No imports: the Builder's webview reads offers too.

/** Their words said back to them, in one pass so each pronoun turns once: "coffee when I'm in town"
 *  → "coffee when you’re in town", and "ping me when you're stuck" → "ping you when I’m stuck"
 *  (reader r6: "Slack when you're stuck", said to them, meant them). */
export function toYou(offer: string): string {
  return offer.replace(/\b(?:I['’]m|I am|I['’]ll|I['’]ve|I|my|me|mine|you['’]re|you are|you['’]ll|you['’]ve|yours|your|you)\b/gi, (word, at: number, all: string) => {
    const w = word.toLowerCase().replace('’', "'");
    const swap: Record<string, string> = {
      "i'm": 'you’re', 'i am': 'you are', "i'll": 'you’ll', "i've": 'you’ve', i: 'you', my: 'your', me: 'you', mine: 'yours',
      "you're": 'I’m', 'you are': 'I am', "you'll": 'I’ll', "you've": 'I’ve', yours: 'mine', your: 'my',
    };
    if (w !== 'you') return swap[w] ?? word;
    // "you" as a subject (after a conjunction, or starting a clause) is "I"; otherwise "me". Only the
    // few characters before it are looked at, so a long text with many "you"s stays linear.
    const near = all.slice(Math.max(0, at - 24), at).trimEnd();
    const before = near === '' ? all.slice(0, at).trimEnd().slice(-24) : near;
    if (before === '') return 'I';
    return /(?:[,;:(—–]|\b(?:when|if|once|as|because|so|and|but|whenever|until|before|after|that|where|while|unless))$/i.test(before) ? 'I' : 'me';
  });
}

/** Their words told about them: "coffee when I'm in town" → "coffee when they’re in town". */
export function toThem(offer: string): string {
  return offer.replace(/\bI['’]m\b/g, 'they’re').replace(/\bI am\b/g, 'they are').replace(/\bI['’]ll\b/g, 'they’ll').replace(/\bI\b/g, 'they')
    .replace(/\bmy\b/gi, 'their').replace(/\bme\b/g, 'them').replace(/\bmine\b/g, 'theirs');
}
