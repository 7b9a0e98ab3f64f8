/**
 * A referral where the leader said to use their name with the one they named ("sagen Sie, ich hab Sie
 * geschickt", "tell her I sent you", "feel free to mention my name"): that is already allowed, so the
 * request says the user will mention it and asks no permission for it.
 */

/** Their words for "say I sent you", in English, German, Portuguese and Spanish. Bounded: linear. */
const SENT_YOU = /\bI sent you\b|\bdiga-lhe que fui eu\b|\bdi(?:le|gale) que (?:te|lo|la) (?:mandé|envié) yo\b|\b(?:mention|use|drop|give) my name\b|\bich (?:hab|habe) (?:Sie|dich) geschickt\b|\bdass ich (?:Sie|dich) geschickt (?:hab|habe)\b|\bvon mir (?:kommen|kommst)\b|\bberuf(?:en Sie sich|e dich|\s+dich)\b[^.!?]{0,20}\bauf mich\b/iu;

/** The leader said to tell the one they named who sent you. */
export const saidToNameThem = (words: string | undefined): boolean => words !== undefined && SENT_YOU.test(words);

/**
 * The leader said they would tell the one they named first, or introduce you ("Let me tell her first,
 * then you can go see her", "I'll introduce you", "I'll let him know", „ich sage ihr vorher Bescheid“,
 * „ich stelle Sie ihm vor“): the first message to that person waits for their word. Bounded: linear.
 */
const THEY_INTRODUCE = new RegExp([
  String.raw`\b(?:let me|I(?:['’]ll| will| can| shall)|I['’]m going to)\s+(?:[\p{L}'’]+\s+){0,2}?(?:(?:tell|ask|ping|message|email|call|warn|brief|(?:speak|talk) (?:to|with)|write to) (?:her|him|them|\p{Lu})|introduce|put you (?:two )?in touch|connect you|let (?:her|him|them) know|give (?:her|him|them) a heads[- ]up|loop (?:her|him|them) in|mention (?:it|you|this) to|put in a (?:good )?word|have a word)`,
  String.raw`\b(?:ich|lass(?:en Sie)? mich)\s+(?:[\p{L}]+\s+){0,3}?Bescheid\b`,
  String.raw`\bich stell\p{L}*\s+(?:[\p{L}]+\s+){0,3}?(?:vor\b|(?:den )?Kontakt her\b)`,
  String.raw`\bich (?:mach\p{L}*|bring\p{L}*)\s+(?:[\p{L}]+\s+){0,3}?(?:bekannt|zusammen|in Kontakt)\b|\bich vermittl\p{L}*`,
].join('|'), 'iu');

/** The leader said they would tell the one they named first, or introduce you (THEY_INTRODUCE). */
export const saidTheyIntroduce = (words: string | undefined): boolean => words !== undefined && THEY_INTRODUCE.test(words);

/**
 * The leader said you would phone the one they named, or to phone them ("I'll tell her you'll call", "expect
 * your call", "ring Siobhán", „le digo que la llamarás“, „rufen Sie Herrn Keller an“): the way in is a call.
 * Not "I'll call her", which is their own step. Bounded: linear.
 */
const YOU_CALL = /\byou(?:['’]ll| will) (?:give (?:her|him|them) a )?(?:call|ring|phone|bell)\b|\bexpect (?:a|your) (?:phone )?(?:call|ring)\b|(?<!\b(?:I['’]ll|I will|let me|I can|I['’]d) )\b(?:call|ring|phone) (?:her|him|them|\p{Lu}\p{L}+)\b|\bllam(?:ar\p{L}*|ará\p{L}*|e\p{L}*|al[ao]s?)\b|\bllámal\p{L}*|\banruf\p{L}*|\bruf\p{L}*\s[^.!?]{0,40}\ban\b|\blig(?:ar|ue|ará|arás)\b/iu;

/** The way to the one they named is a phone call (YOU_CALL). */
export const saidYouCall = (words: string | undefined): boolean => words !== undefined && YOU_CALL.test(words);

/** How the first message to the one they named is cleared: they sent you to them first (`first`), you are to phone them (`call`), they
 *  will tell them first (`introduce`), they said to use their name (`sent`), or nothing was said, so the
 *  request asks whether they will introduce you or you may mention them (`ask`). */
export type ReferralDoor = 'first' | 'call' | 'introduce' | 'sent' | 'ask';
export function referralDoorOf(is: { comeBackInvited: boolean; youCall: boolean; theyIntroduce: boolean; sentYou: boolean }): ReferralDoor {
  return is.comeBackInvited ? 'first' : is.youCall ? 'call' : is.theyIntroduce ? 'introduce' : is.sentYou ? 'sent' : 'ask';
}
