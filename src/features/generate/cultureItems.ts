// The items of the guided flow's culture step (step 9), built without 'vscode' so plain-Node unit
// tests can read what the step offers and which row it preselects. flow.ts shows them.
import { COMMUNICATION, DEFAULTS, HIERARCHY, TONES, type Profile } from '../../core/profile/profile';
import { toneClash } from '../../core/profile/validate';
import { countryName, PRESETS } from '../../core/culture/presets';
import { legacyFields, resolveScales, SCALE_NAMES, type CultureInput, type Scales } from '../../core/culture/scales';
import type { L10n } from '../../core/l10n/l10n';

export type CultureChoice = { kind: 'country'; country: string; tone: Profile['tone'] } | { kind: 'manual'; communication: Profile['culture']['communication']; hierarchy: Profile['culture']['hierarchy']; tone: Profile['tone'] } | { kind: 'adjust' };
/** A quick pick item (the fields the step sets), without importing 'vscode'. */
export type CultureItem = { label: string; description?: string; detail?: string; value: CultureChoice; picked?: boolean };
/** What the step reads of the answers so far. */
export interface CultureDraft { culture: Record<string, unknown>; tone?: unknown; relationship?: unknown }

export const TONE_TEXT = (l10n: L10n): Record<string, string> => ({ formal: l10n.t('formal tone'), warm: l10n.t('warm tone'), concise: l10n.t('concise tone') });
export const COMMUNICATION_TEXT = (l10n: L10n): Record<string, string> => ({ direct: l10n.t('Direct communication'), indirect: l10n.t('Indirect communication') });
export const HIERARCHY_TEXT = (l10n: L10n): Record<string, string> => ({ flat: l10n.t('flat organization'), hierarchical: l10n.t('hierarchical organization') });
export const SCALE_VALUE_TEXT = (l10n: L10n): Record<string, string> => ({
  'low-context': l10n.t('low context: said in words'), 'high-context': l10n.t('high context: much is left unsaid'),
  egalitarian: l10n.t('egalitarian: the boss is one of the team'), hierarchical: l10n.t('hierarchical: the boss is a step above'),
  'task-based': l10n.t('task-based: trust comes from good work'), 'relationship-based': l10n.t('relationship-based: trust comes from time together'),
  open: l10n.t('open: disagreement is said out loud'), avoided: l10n.t('avoided: disagreement is kept out of the open'),
  linear: l10n.t('linear: plans and replies keep to the clock'), flexible: l10n.t('flexible: plans and replies follow the situation'),
});

/**
 * The rows of the culture step: each country with each tone, the cultures chosen by hand, and
 * "Adjust". A row whose tone works against its culture carries the warning. The row in focus is
 * the saved answer; with no tone saved yet, it is the default tone for the culture in effect, or
 * the first tone that does not clash with it: the warning only ever greets a choice the user made.
 */
export function cultureItems(d: CultureDraft, l10n: L10n, language: string, leaderName: string): CultureItem[] {
  const relationship = (d.relationship as Profile['relationship'] | undefined) ?? DEFAULTS.relationship;
  const warning = `$(warning) ${l10n.t('This tone can work against this culture; the doc explains why.')}`;
  const clashes = (c: Profile['culture'], t: Profile['tone']) => toneClash({ tone: t, culture: c, relationship }) !== undefined;
  const current = typeof d.culture.country === 'string' ? d.culture.country : undefined;
  const effective = legacyFields(resolveScales(d.culture as CultureInput));
  const savedTone = (TONES as readonly string[]).includes(d.tone as string) ? d.tone as Profile['tone'] : undefined;
  const focusTone = savedTone ?? [DEFAULTS.tone, ...TONES].find((t) => !clashes(effective, t)) ?? DEFAULTS.tone;
  const tones = TONE_TEXT(l10n);
  const summary = (scales: Scales) => SCALE_NAMES.map((n) => SCALE_VALUE_TEXT(l10n)[scales[n]]!.split(':')[0]).join(' · ');
  const countries = [...PRESETS].sort((a, b) => countryName(a.code, language).localeCompare(countryName(b.code, language), language));
  if (current) countries.sort((a, b) => Number(b.code === current) - Number(a.code === current));
  const items: CultureItem[] = [];
  for (const p of countries) {
    const scales = p.code === current ? resolveScales(d.culture as CultureInput) : p.scales;
    for (const t of TONES) {
      items.push({
        label: `${countryName(p.code, language)}, ${tones[t]}`, description: summary(scales),
        ...(clashes(legacyFields(scales), t) ? { detail: warning } : {}),
        value: { kind: 'country', country: p.code, tone: t }, picked: p.code === current && focusTone === t,
      });
    }
    if (p.code === current) items.push({ label: `$(settings) ${l10n.t('Adjust the culture for {0}…', leaderName)}`, description: l10n.t('{0} as most people there work; change any scale', countryName(p.code, language)), value: { kind: 'adjust' } });
  }
  for (const c of COMMUNICATION) {
    for (const h of HIERARCHY) {
      for (const t of TONES) {
        items.push({
          label: `${l10n.t('Another country')}: ${COMMUNICATION_TEXT(l10n)[c]}, ${HIERARCHY_TEXT(l10n)[h]}`, description: tones[t],
          ...(clashes({ communication: c, hierarchy: h }, t) ? { detail: warning } : {}),
          value: { kind: 'manual', communication: c, hierarchy: h, tone: t },
          picked: !current && effective.communication === c && effective.hierarchy === h && focusTone === t,
        });
      }
    }
  }
  // Without a country chosen yet, the choices made by hand come first, the current one active.
  if (!current) items.sort((a, b) => Number(b.value.kind === 'manual') - Number(a.value.kind === 'manual'));
  if (!current) items.push({ label: `$(settings) ${l10n.t('Adjust the culture for {0}…', leaderName)}`, description: l10n.t('trust, disagreement and time, beyond the two choices above'), value: { kind: 'adjust' } });
  return items;
}
