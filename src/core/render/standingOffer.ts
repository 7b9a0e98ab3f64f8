/**
 * An offer made to stand, not once: "15 minutes on a Friday afternoon sometimes", "coffee now and then",
 * "whenever you're stuck", „ab und zu eine Viertelstunde“. The next check-in and the closing may ask for
 * another of those slots, never "a single conversation … entirely yours to offer". Bounded: linear.
 */
const STANDING = /(?<!\p{L})(?:sometimes|now and then|from time to time|every (?:so|now and) (?:often|then)|whenever|occasionally|any ?time|ab und zu|manchmal|hin und wieder|gelegentlich|jederzeit|wann immer|a veces|de vez en cuando|de temps en temps|parfois|às vezes|de vez em quando)(?!\p{L})/iu;

/** What they offered stands for more than one slot. */
export const standingOffer = (offered: string | undefined): boolean => offered !== undefined && STANDING.test(offered);
