/**
 * A referral where the leader said to use their name with the one they named ("sagen Sie, ich hab Sie
 * geschickt", "tell her I sent you", "feel free to mention my name"): that is already allowed, so the
 * request says the user will mention it and asks no permission for it.
 */

/** Their words for "say I sent you", in English and German. Bounded: linear. */
const SENT_YOU = /\bI sent you\b|\b(?:mention|use|drop|give) my name\b|\bich (?:hab|habe) (?:Sie|dich) geschickt\b|\bdass ich (?:Sie|dich) geschickt (?:hab|habe)\b|\bvon mir (?:kommen|kommst)\b|\bberuf(?:en Sie sich|e dich|\s+dich)\b[^.!?]{0,20}\bauf mich\b/iu;

/** The leader said to tell the one they named who sent you. */
export const saidToNameThem = (words: string | undefined): boolean => words !== undefined && SENT_YOU.test(words);
