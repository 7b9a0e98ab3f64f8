// The prep doc's "Your relationship and the culture" (templates/partials/nuance.hbs): which notes
// the relationship and the communication style call for, in what order. The words are in
// phrases/en/culture.ftl; the template only lays them out.
import type { Phrase } from '../../phrases/phrasebook';
import type { RenderContext } from '../context';
import { onFirstRead } from './lazy';

export type NuanceInputs = Pick<RenderContext, 'is' | 'rhythm' | 'leader' | 'culture' | 'advice'>;

/** `title` and `lead`: the relationship's bold title and its first sentence ('' when the
 *  relationship has no note); `points`: its bullets; `communication`: the bullets under
 *  "Communication and hierarchy". */
export interface Nuance { title: string; lead: string; points: string[]; communication: string[] }

const NUANCE_PARTS = ['title', 'lead', 'points', 'communication'] as const;

/** The relationship's note: one per relationship, the executive's first. At another company the
 *  skip-level and cross-team notes give way to the note on a leader outside (the template's). */
function relationshipOf({ is, rhythm }: NuanceInputs): { id: string; points: string[] } | undefined {
  if (is.executive) {
    // Who keeps the logistics once they agree: their assistant, else you (no assistant at a startup; your invites when you meet).
    const keeper = rhythm.assistant ? 'assistant' : is.startup && !is.otherCompany ? 'startup' : is.live ? 'live' : 'thread';
    return { id: 'nuance-executive', points: [`logistics:${keeper}`, 'replies'] };
  }
  if (is.formerManager) return { id: 'nuance-former-manager', points: ['history'] };
  if (is.otherCompany) return undefined;
  if (is.skipLevel) return { id: 'nuance-skip-level', points: ['manager'] };
  if (is.crossTeam) return { id: 'nuance-cross-team', points: ['value', 'sides'] };
  return undefined;
}

/** How to put the ask (direct or indirect), then how to address them (flat or hierarchical). The
 *  country's own line (culture.countryNote), when there is one, takes the place of the general
 *  line on a flat organization or a formal register: it says what those mean there. */
function communicationOf({ is, leader, advice, culture }: NuanceInputs, p: (id: string, args?: Phrase['args']) => string): string[] {
  // A country without a preset whose communication nobody set: nothing on how directly to ask (the
  // culture notes say how to set it), and below, nothing on a flat organization.
  const style = is.communicationUnknown ? []
    : is.direct ? [p('nuance-direct-ask', { written: is.askInWriting ? 'yes' : 'no' }), ...(is.yesWithLimits ? [] : [p('prep-culture-direct-no')])]
      : [p('prep-culture-indirect-ground')];
  const country = culture.countryNote;
  // The language you two share, when it is not English: the last word on how to write to them.
  const language = culture.language ? [culture.language] : [];
  if (is.flat) {
    // A mentoring program they pointed to, and a public body's formal line, say more than the country's manners.
    const approach = advice.program ? p('nuance-flat-program', { program: advice.program })
      : country && !is.publicSector ? country : is.hierarchyUnknown ? '' : p('prep-culture-flat');
    return [...style, [advice.managerFirst, approach].filter(Boolean).join(' '), ...(leader.addressNote ? [leader.addressNote] : []), ...language];
  }
  // Hierarchical: the note on a guessed form of address comes first, else the form itself, else their title.
  const form = leader.addressNote ? 'note' : leader.addressAs ? 'address' : 'title';
  // On familiar terms (is.familiar: a first name, a former boss, words in the familiar form), their register, not a more formal one.
  const register = country ? [...(form === 'address' ? [p('nuance-address-as', { address: leader.addressAs, said: leader.saidAs || 'none' })] : []), country].join(' ')
    : is.familiar && form === 'address' ? p('nuance-register-familiar', { address: leader.addressAs }) : p('nuance-register', { form, address: leader.addressAs });
  return [...style, leader.addressNote ? `${leader.addressNote} ${register}` : register, ...language];
}

/** The section's notes in words (on first read). */
export function nuanceOf(i: NuanceInputs, speak: (phrases: readonly Phrase[]) => string): Nuance {
  return onFirstRead(NUANCE_PARTS, () => {
    const args = { name: i.leader.called, reminder: i.culture.reminder };
    const p = (id: string, more: Phrase['args'] = {}) => speak([{ id, args: { ...args, ...more } }]);
    const relationship = relationshipOf(i);
    if (!relationship) return { title: '', lead: '', points: [], communication: communicationOf(i, p) };
    const point = (id: string) => {
      const [name, keeper] = id.split(':');
      return p(`${relationship.id}-${name!}`, keeper ? { keeper } : {});
    };
    return {
      title: p(`${relationship.id}-title`),
      lead: p(`${relationship.id}-lead`),
      points: relationship.points.map(point),
      communication: communicationOf(i, p),
    };
  });
}
