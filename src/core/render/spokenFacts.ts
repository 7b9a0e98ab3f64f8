// The facts every message is given as variables (`$tone`, `$register`, `$anrede`…), read from the
// profile once by facts.ts: the choices, the culture, how the leader is addressed, the channel.
import { getText, type FirstResponse, type FirstResponseDetails, type Profile } from '../profile/profile';
import type { FactVariable } from '../phrases/overrides';
import type { Scales, ScaleName } from '../culture/scales';
import type { presetFor } from '../culture/presets';
import { addressedByTitle, addressInGerman, addressSalutation, defaultAddress, nominativeAddress } from '../culture/address';
import { anredeOf, greetingFullName, leaderGender, leaderReference } from './german';
import { inlineMarkdown } from './markdown';
import { offerKind } from './offerShape';
import { channelNamed, documentsRuledOut } from './leaderWords';
import { chosenFirstName, messengerIn, neutralRegister, OFFICE_DIRECTOR, leaderInPublicSector, theirSectorOf } from './profileReadings';
import type { Facts } from './facts';
import { isCondition } from './slots';
import { noChasing, writtenLengthOf } from './facts/limits';

/** How the one reminder after a silence goes: `reminder` (one short written reminder), `in-person`
 *  (where trust is built in person), or the `write` or `call` they asked for there; `none` when they
 *  asked not to be chased (facts/limits.ts). */
export type FollowUp = 'reminder' | 'in-person' | 'write' | 'call' | 'none';

export interface SpokenInputs {
  readonly words: string | undefined; readonly details: FirstResponseDetails; readonly firstResponse: FirstResponse | undefined;
  readonly preset: ReturnType<typeof presetFor>; readonly scales: Scales; readonly unknownScales: readonly ScaleName[];
}

/** The facts every message is given as variables (factArgs): the choices, the culture, how the leader
 *  is addressed, the channel and the documents they allow. */
export function spokenFactsOf(profile: Profile, { words, details, firstResponse, preset, scales, unknownScales }: SpokenInputs) {
  const address = getText(profile, 'leader.addressAs') ?? defaultAddress(profile.leader.name, preset?.code).text;
  // The German facts read the form as a German letter writes it: „paní Nováková“ is „Frau Nováková“.
  const country = preset?.code ?? profile.culture.country;
  const german = nominativeAddress(addressInGerman(address, country, profile.leader.name), 'de', profile.leader.name);
  const channel = channelNamed([words ?? '', details.channel ?? ''].join(' ').trim());
  // Where trust is built in person the reminder is a word in person, or the note or call they asked for.
  const followUp: FollowUp = noChasing(words, details) ? 'none' : scales.trust !== 'relationship-based' ? 'reminder' : channel === 'write' || channel === 'call' ? channel : 'in-person';
  const spoken = {
    tone: profile.tone, relationship: profile.relationship, organization: profile.organization, workplace: profile.leader.organization ?? 'same', theirSector: theirSectorOf(profile), communication: profile.culture.communication,
    addressTitled: addressedByTitle(address), addressSalutation: addressSalutation(german), addressForm: chosenFirstName(profile, preset) ? 'given-name' as const : preset?.address ?? 'none' as const, praise: preset?.praise ?? 'expressive' as const, chatApp: preset?.chat ?? 'none' as const,
    register: neutralRegister(profile, preset, unknownScales, scales) ? 'neutral' as const : 'usual' as const,
    leaderGender: leaderGender(german, profile.leader.name, getText(profile, 'leader.role'),
      [profile.expertiseApplied, profile.valueYouBring, profile.successLooksLike, profile.leader.initiative, profile.leader.expertise].filter(Boolean).join(' ')),
    leaderFullName: ((full) => (full === 'none' ? full : inlineMarkdown(full)))(greetingFullName(german, profile.leader.name, country)),
    anrede: anredeOf(profile.leader.anrede, [profile.expertiseApplied, profile.valueYouBring, profile.leader.initiative].filter(Boolean).join(' ')),
    messenger: messengerIn([words ?? '', ...Object.values(details)].join(' ')),
    documents: documentsRuledOut(words, details) ? 'none' as const : 'any' as const,
    // The length they set for a written question ("one page"): every message that sizes one says it.
    length: writtenLengthOf(words, details),
    channel,
    followUp,
    // What they offered, in plain words for the lines said to them ("the coffee you offered"); none when not informal.
    offerKind: offerKind(details.offered) ?? ('none' as const),
    gatekeeper: OFFICE_DIRECTOR.has(preset?.code ?? '') && leaderInPublicSector(theirSectorOf(profile), profile.organization) ? 'office-director' as const : 'assistant' as const,
    hierarchy: profile.culture.hierarchy, cadence: profile.cadence, format: profile.format, firstResponse, scales,
    comeBackOn: comeBackOnOf(details),
  };
  // How the German notes to the user name the leader, as the letter greets them (german.ts leaderReference).
  const leaderRef = ((ref) => (ref === 'none' ? ref : inlineMarkdown(ref)))(leaderReference(german, spoken.leaderGender, greetingFullName(german, profile.leader.name, country), spoken.anrede));
  return { ...spoken, leaderRef };
}

/** What decides when to come back after a put-off, the one fact every rule reads: `month` when a month
 *  is known, `condition` when they tied it to something happening and named no month ("once the tender
 *  is published": a second put-off waits for what they name then, never a month asked for), else `none`. */
export function comeBackOnOf(details: Pick<FirstResponseDetails, 'comeBackAfter' | 'comeBackMonth'>): 'month' | 'condition' | 'none' {
  if (details.comeBackMonth !== undefined) return 'month';
  return isCondition(details.comeBackAfter ?? '') ? 'condition' : 'none';
}

/** The facts every message is given as variables (`$tone`, `$relationship`…): enum values as
 *  written in the profile ("skip-level"), "unknown"/"none" when not given. */
export function factArgs(facts: Pick<Facts, 'tone' | 'relationship' | 'organization' | 'communication' | 'hierarchy' | 'cadence' | 'format' | 'firstResponse' | 'scales' | 'workplace' | 'theirSector' | 'addressTitled' | 'addressSalutation' | 'addressForm' | 'praise' | 'register' | 'leaderGender' | 'leaderFullName' | 'leaderRef' | 'messenger' | 'gatekeeper' | 'anrede' | 'documents' | 'channel' | 'offerKind' | 'comeBackOn' | 'chatApp' | 'followUp' | 'length'>): Readonly<Record<FactVariable, string>> {
  return {
    tone: facts.tone, relationship: facts.relationship, organization: facts.organization ?? 'unknown', communication: facts.communication,
    hierarchy: facts.hierarchy, cadence: facts.cadence, format: facts.format, firstResponse: facts.firstResponse ?? 'none',
    trust: facts.scales.trust, disagreement: facts.scales.disagreement, time: facts.scales.time, workplace: facts.workplace, theirSector: facts.theirSector, titled: String(facts.addressTitled), salutation: facts.addressSalutation, addressForm: facts.addressForm, praise: facts.praise, register: facts.register,
    gender: facts.leaderGender, fullName: facts.leaderFullName, leader: facts.leaderRef,
    messenger: facts.messenger, gatekeeper: facts.gatekeeper, anrede: facts.anrede, documents: facts.documents, channel: facts.channel, offerKind: facts.offerKind, comeBackOn: facts.comeBackOn, chatApp: facts.chatApp, followUp: facts.followUp, length: facts.length,
  };
}

