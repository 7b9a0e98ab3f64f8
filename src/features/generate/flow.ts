import * as vscode from 'vscode';
import { ANREDE, CADENCES, DEFAULTS, FIRST_RESPONSES, FORMATS, LEADER_ORGANIZATIONS, MAX_TEXT, RELATIONSHIPS, type FirstResponse, type Profile } from '../../core/profile/profile';
import { proposeReading } from '../../core/render/firstAnswer';
import { proposeChallengeShort } from '../../core/profile/challengeShort';
import { validateProfile } from '../../core/profile/validate';
import { countryName, presetFor } from '../../core/culture/presets';
import { cultureItems, SCALE_VALUE_TEXT as scaleValueText, type CultureChoice } from './cultureItems';
import { resolveScales, SCALE_NAMES, SCALES, type CultureInput, type ScaleName, type Scales } from '../../core/culture/scales';

const BACK = Symbol('back');
/** The value of the item that stands for the words typed in a pick (step 3). */
const WORDS = Symbol('their words');
type Step = (draft: Draft) => Promise<typeof BACK | void>;
type Draft = Record<string, unknown> & { leader: Record<string, unknown>; culture: Record<string, unknown>; you: Record<string, unknown> };

// Functions, not constants: vscode.l10n has the user's language only once the extension runs.
const CADENCE_TEXT = (): Record<string, string> => ({ weekly: vscode.l10n.t('Weekly'), biweekly: vscode.l10n.t('Every two weeks'), monthly: vscode.l10n.t('Monthly'), 'as-needed': vscode.l10n.t('Only when a decision needs it') });
const FORMAT_TEXT = (): Record<string, string> => ({ meetings: vscode.l10n.t('short meetings'), async: vscode.l10n.t('written async updates'), mixed: vscode.l10n.t('meetings and async updates') });
const RELATIONSHIP_TEXT = (): Record<string, [string, string]> => ({
  'skip-level': [vscode.l10n.t('Skip-level leader'), vscode.l10n.t('your manager’s manager, or above')],
  'cross-team': [vscode.l10n.t('Leader in another team'), vscode.l10n.t('no reporting line between you')],
  executive: [vscode.l10n.t('Executive'), vscode.l10n.t('CTO, VP, or similar: time is the scarcest thing')],
  'former-manager': [vscode.l10n.t('Former manager'), vscode.l10n.t('turning a boss into a mentor')],
});
const LEADER_ORGANIZATION_TEXT = (): Record<string, [string, string]> => ({
  same: [vscode.l10n.t('At your company'), vscode.l10n.t('the documents may mention programs, channels and the team')],
  other: [vscode.l10n.t('At another company'), vscode.l10n.t('no internal programs or team talk; a line on what you may share outside')],
});
/** managerKnows: unset when the user would rather not say (a line that needs it is then marked to keep or delete). */
const MANAGER_KNOWS_TEXT = (): [string, string, boolean | undefined][] => [
  [vscode.l10n.t('Yes, they know'), vscode.l10n.t('the documents may say so'), true],
  [vscode.l10n.t('Not yet'), vscode.l10n.t('the documents never say they know'), false],
  [vscode.l10n.t('I’d rather not say'), vscode.l10n.t('a line that needs it is marked for you to keep or delete'), undefined],
];
const FIRST_RESPONSE_TEXT = (): Record<string, [string, string]> => ({
  'no-time': [vscode.l10n.t('No time right now'), vscode.l10n.t('“My calendar is impossible at the moment.”')],
  'not-now': [vscode.l10n.t('Not now, maybe later'), vscode.l10n.t('“Let’s revisit this next quarter.”')],
  noncommittal: [vscode.l10n.t('A vague yes'), vscode.l10n.t('“Sure, let’s find some time at some point.”')],
  'use-the-program': [vscode.l10n.t('Use the mentoring program'), vscode.l10n.t('“We have a program for that.”')],
  'ask-your-manager': [vscode.l10n.t('Talk to your manager'), vscode.l10n.t('“Shouldn’t your manager help with this?”')],
  'not-ready': [vscode.l10n.t('Not sure you are ready'), vscode.l10n.t('“Maybe in a year or so.”')],
  'no-reply': [vscode.l10n.t('No reply'), vscode.l10n.t('Your message went unanswered.')],
  'yes-with-limits': [vscode.l10n.t('Yes, with limits'), vscode.l10n.t('“Happy to chat when I’m in London, but nothing regular.”')],
  referral: [vscode.l10n.t('Sent you to someone else'), vscode.l10n.t('“Maybe talk to Marcos?”')],
  'doubts-fit': [vscode.l10n.t('Not sure they are the right person'), vscode.l10n.t('“I’m not sure I’m the right person for this.”')],
  declined: [vscode.l10n.t('Said no'), vscode.l10n.t('“I can’t take on mentoring this year.”')],
});

/** "Dana Okafor / Dana" → name and how you address them; without a slash, no spoken name. */
export function splitLeader(value: string): { name: string; addressAs?: string } {
  const i = value.indexOf('/');
  if (i < 0) return { name: value.trim() };
  const name = value.slice(0, i).trim();
  const addressAs = value.slice(i + 1).trim();
  return addressAs ? { name, addressAs } : { name };
}

/**
 * The guided flow: ten steps at most, prefilled from the saved profile, with a Back button
 * and inline validation. Resolves to the new profile, or undefined when the user cancels.
 * `skipAnswered` leaves out the leader's name and your name when they are known (a new leader
 * whose name was just typed, with your answers copied from the previous one).
 */
export async function askForProfile(saved: Profile | undefined, options: { skipAnswered?: boolean } = {}): Promise<Profile | undefined> {
  const draft: Draft = structuredClone({ you: {}, culture: {}, ...(saved ?? {}), leader: { ...(saved?.leader ?? {}) } }) as Draft;
  draft.culture ??= {};
  // Ten steps: everything the script says out loud is asked for, saved answers prefilled.
  const known = (v: unknown) => options.skipAnswered === true && typeof v === 'string' && v.trim() !== '';
  const skipLeader = known(draft.leader.name);
  const skipYou = known(draft.you.name);
  const all: Step[] = [
    (d) => leader(d),
    (d) => followUps([
      () => pick(2, vscode.l10n.t('How are you related to {0}?', name(d)), RELATIONSHIPS.map((r) => ({
        label: RELATIONSHIP_TEXT()[r]![0], description: RELATIONSHIP_TEXT()[r]![1], value: r, picked: d.relationship === r,
      })), (v) => { d.relationship = v; }),
      // A skip-level leader works at your company by definition: the question is not asked.
      () => (d.relationship === 'skip-level' ? undefined : pick(2, vscode.l10n.t('Where does {0} work?', name(d)), LEADER_ORGANIZATIONS.map((o) => ({
        label: LEADER_ORGANIZATION_TEXT()[o]![0], description: LEADER_ORGANIZATION_TEXT()[o]![1], value: o, picked: (d.leader.organization ?? 'same') === o,
      })), (v) => { d.leader.organization = v; })),
      () => (d.relationship === 'skip-level' || d.leader.organization !== 'other' ? undefined
        : text(2, vscode.l10n.t('Which company does {0} work at?', name(d)), vscode.l10n.t('e.g. Lumen'), d.leader, 'company', false, vscode.l10n.t('Named where the documents speak of their company'))),
      // German documents (a German display language) say Sie or du: asked only there.
      () => (!/^de\b/i.test(vscode.env.language) ? undefined : pick(2, vscode.l10n.t('Do you say Sie or du to {0}?', name(d)), ANREDE.map((a) => ({
        label: a, description: a === 'du' ? vscode.l10n.t('first names, as between colleagues') : vscode.l10n.t('the polite form'), value: a, picked: d.leader.anrede === a,
      })), (v) => { d.leader.anrede = v; })),
      () => pick(2, vscode.l10n.t('Does your manager know you are asking {0}?', name(d)), MANAGER_KNOWS_TEXT().map(([label, description, value]) => ({
        label, description, value, picked: d.managerKnows === value,
      })), (v) => { if (v === undefined) delete d.managerKnows; else d.managerKnows = v; }),
    ]),
    (d) => firstAnswer(d),
    (d) => followUps([
      () => text(4, vscode.l10n.t('What is {0} known for?', name(d)), vscode.l10n.t('e.g. applying Domain-Driven Design to legacy platforms'), d.leader, 'expertise', false, vscode.l10n.t('A phrase that completes “your experience with …”')),
      () => text(4, vscode.l10n.t('One decision of {0}’s you admire', name(d)), vscode.l10n.t('e.g. moving the ledger to per-region shards before the migration'), d.leader, 'decisionYouAdmire', false,
        vscode.l10n.t('Named in the opening instead of general praise: “One decision there really stuck with me: …”'), vscode.l10n.t('Optional: leave empty and the opening does without it')),
    ]),
    (d) => challengeStep(d),
    (d) => text(6, vscode.l10n.t('Where their experience meets your challenge'), vscode.l10n.t('e.g. using bounded contexts to split the gateway’s routing rules'), d, 'expertiseApplied', false, vscode.l10n.t('Completes “I’d value your view on …”. You say it to them: “your team”, not “her team”.')),
    (d) => text(7, vscode.l10n.t('What you bring back to them and the team'), vscode.l10n.t('e.g. a written summary of each session’s decisions'), d, 'valueYouBring', false, vscode.l10n.t('Completes “In return, I will bring …”')),
    (d) => pick(8, vscode.l10n.t('How often, and in what form?'), CADENCES.flatMap((c) => FORMATS.map((f) => ({
      label: `${CADENCE_TEXT()[c]}, ${FORMAT_TEXT()[f]}`, description: f === 'async' ? vscode.l10n.t('in writing, no meetings') : vscode.l10n.t('{0} minutes', `${d.sessionMinutes ?? 30}`), value: { cadence: c, format: f },
      picked: d.cadence === c && d.format === f,
    }))), (v) => Object.assign(d, v)),
    (d) => culture(d),
    (d) => followUps([
      () => text(10, vscode.l10n.t('Your name, for the notes you send'), vscode.l10n.t('e.g. Sam Rivera'), d.you, 'name'),
      // The documents name your role ("Prepared for Sam Rivera (Software Architect)"): asked here,
      // the usual one filled in, rather than put into a document nobody was asked about.
      () => { d.you.role ??= DEFAULTS.youRole; return text(10, vscode.l10n.t('Your role, as the documents name it'), vscode.l10n.t('e.g. Staff Engineer'), d.you, 'role', true, vscode.l10n.t('Shown with your name: “Prepared for Sam Rivera (Software Architect)”')); },
    ]),
  ];
  const steps = all.filter((_, i) => !(i === 0 && skipLeader) && !(i === all.length - 1 && skipYou));
  for (let i = 0; i < steps.length;) {
    let result: typeof BACK | void;
    try {
      result = await steps[i]!(draft);
    } catch (err) {
      if (err === CANCELLED) return undefined;
      throw err;
    }
    i = result === BACK ? Math.max(0, i - 1) : i + 1;
  }
  const checked = validateProfile(draft);
  return checked.ok ? checked.profile : undefined;
}

/** Step 5: the challenge, then its short name, prefilled with one proposed from it (the saved one
 *  while the challenge is unchanged). The documents name the challenge in full once, then by this. */
function challengeStep(d: Draft): Promise<typeof BACK | void> {
  const before = d.challenge;
  return followUps([
    () => text(5, vscode.l10n.t('The challenge you want their view on'), vscode.l10n.t('e.g. scaling our API gateway for 10x user load'), d, 'challenge', true, vscode.l10n.t('A phrase that completes “Our current challenge is …”')),
    () => {
      if (d.challenge !== before || typeof d.challengeShort !== 'string') d.challengeShort = proposeChallengeShort(typeof d.challenge === 'string' ? d.challenge : '');
      return text(5, vscode.l10n.t('A short name for the challenge'), vscode.l10n.t('e.g. the API gateway scaling'), d, 'challengeShort', false,
        vscode.l10n.t('The documents name the challenge in full once, then by this'), vscode.l10n.t('Optional: leave empty and they use a name proposed from the challenge'));
    },
  ]);
}

/** The answers to pick from, the one given (or proposed) first in focus. */
function answerItems(d: Draft, proposed?: FirstResponse): (vscode.QuickPickItem & { value: string | undefined; picked?: boolean })[] {
  const focus = proposed ?? d.firstResponse;
  return [
    ...FIRST_RESPONSES.map((r) => ({
      label: FIRST_RESPONSE_TEXT()[r]![0], value: r as string | undefined, picked: focus === r,
      description: r === proposed ? vscode.l10n.t('read from their words') : FIRST_RESPONSE_TEXT()[r]![1],
    })),
    { label: vscode.l10n.t('I haven’t asked yet, or I’d rather not say'), description: '', value: undefined, picked: focus === undefined },
  ];
}

/**
 * Step 3: what they said the first time. Pick an answer, or type their words: the tool reads them,
 * and the same step asks again with that reading in focus, to confirm or change ("We read this
 * as: a yes with limits"). The words are kept and quoted; the answer the user picks always wins.
 */
async function firstAnswer(d: Draft): Promise<typeof BACK | void> {
  const title = vscode.l10n.t('What did {0} say the first time you asked?', name(d));
  let words: string | undefined;
  const typed = (value: string): PickItem<typeof WORDS> => ({
    label: `$(quote) “${value.trim()}”`, value: WORDS, alwaysShow: true,
    description: vscode.l10n.t('their words: Enter, and the next screen shows how we read them'),
  });
  const result = await pick<string | undefined | typeof WORDS>(3, title, answerItems(d), (v) => { if (v === WORDS) return; d.firstResponse = v; },
    vscode.l10n.t('Pick an answer, or type what they said in their own words'),
    // Text that names an answer ("no time") filters to it as before; the typed words come last then.
    (value, base) => (value.trim() === '' ? base : base.some((i) => i.label.toLowerCase().includes(value.trim().toLowerCase())) ? [...base, typed(value)] : [typed(value), ...base]),
    (value) => { words = value.trim().slice(0, MAX_TEXT); });
  if (result === BACK || words === undefined) return result;
  d.firstResponseWords = words;
  const proposal = proposeReading(words);
  const reading = proposal.response ? FIRST_RESPONSE_TEXT()[proposal.response]![0] : undefined;
  return pick(3, reading ? vscode.l10n.t('We read this as: {0}.', reading) : title, answerItems(d, proposal.response),
    (v) => { d.firstResponse = v; delete d.firstResponseDetails; },
    reading ? vscode.l10n.t('Right? Enter to confirm, or pick the answer they meant') : vscode.l10n.t('Which answer did they mean?'));
}

const SCALE_TEXT = (): Record<ScaleName, string> => ({
  communication: vscode.l10n.t('Communication'), hierarchy: vscode.l10n.t('Hierarchy'), trust: vscode.l10n.t('Trust'),
  disagreement: vscode.l10n.t('Disagreement'), time: vscode.l10n.t('Time'),
});
const SCALE_VALUE_TEXT = () => scaleValueText(vscode.l10n);


/** Step 9: where the leader works and the tone, in one pick as before (type the country to
 *  filter); without a country, the culture chosen by hand. "Adjust" opens the five scales for the
 *  country chosen, and comes back here. A new country starts from its preset. */
async function culture(d: Draft): Promise<typeof BACK | void> {
  for (;;) {
    let chosen: CultureChoice | undefined;
    const result = await pick(9, vscode.l10n.t('The culture of the relationship, and the tone of your script'), cultureItems(d, vscode.l10n, vscode.env.language, name(d)), (v) => { chosen = v; },
      vscode.l10n.t('Where does {0} work? Type the country, e.g. Japan', name(d)));
    if (result === BACK || !chosen) return result;
    const choice = chosen as CultureChoice;
    if (choice.kind === 'adjust') { await adjust(d); continue; }
    if (choice.kind === 'country') {
      if (d.culture.country !== choice.country) d.culture = { country: choice.country };
    } else {
      // Chosen by hand: trust, disagreement and time adjusted before are kept.
      const kept = Object.entries((d.culture.scales as Partial<Scales> | undefined) ?? {}).filter(([n]) => n !== 'communication' && n !== 'hierarchy');
      d.culture = { communication: choice.communication, hierarchy: choice.hierarchy, ...(kept.length ? { scales: Object.fromEntries(kept) } : {}) };
    }
    d.tone = choice.tone;
    return undefined;
  }
}

/** The optional "adjust": each of the five scales, where it stands and why; choosing one turns it
 *  to its other end. Done (or Back) returns to the culture step. */
async function adjust(d: Draft): Promise<void> {
  const country = typeof d.culture.country === 'string' ? d.culture.country : undefined;
  const preset = country ? presetFor(country) : undefined;
  for (;;) {
    const scales = resolveScales(d.culture as CultureInput);
    let chosen: ScaleName | 'done' | undefined;
    const items: (vscode.QuickPickItem & { value: ScaleName | 'done' })[] = [
      { label: `$(check) ${vscode.l10n.t('Done')}`, value: 'done' },
      ...SCALE_NAMES.map((n) => ({
        label: `${SCALE_TEXT()[n]}: ${SCALE_VALUE_TEXT()[scales[n]]}`, value: n,
        description: preset ? (preset.scales[n] === scales[n] ? vscode.l10n.t('as in {0}', countryName(preset.code, vscode.env.language)) : vscode.l10n.t('adjusted')) : '',
        detail: vscode.l10n.t('Choose to change it to: {0}', SCALE_VALUE_TEXT()[SCALES[n].find((v) => v !== scales[n])!]!),
      })),
    ];
    const r = await pick(9, vscode.l10n.t('Adjust the culture for {0}', name(d)), items, (v) => { chosen = v; });
    if (r === BACK || !chosen || chosen === 'done') return;
    const n: ScaleName = chosen;
    const next = SCALES[n].find((v) => v !== scales[n])!;
    const overrides = { ...((d.culture.scales as Partial<Scales> | undefined) ?? {}), [n]: next };
    if (n === 'communication' || n === 'hierarchy') delete d.culture[n];
    d.culture.scales = overrides;
  }
}

/**
 * Follow-up prompts under one step number (the way step 3 re-asks with its reading in focus).
 * A prompt returns undefined when it does not apply; Back goes to the prompt shown before it, and
 * from the first one to the previous step.
 */
async function followUps(prompts: (() => Promise<typeof BACK | void> | undefined)[]): Promise<typeof BACK | void> {
  const shown: number[] = [];
  for (let i = 0; i < prompts.length;) {
    const prompt = prompts[i]!();
    if (prompt === undefined) { i++; continue; }
    if ((await prompt) === BACK) {
      const previous = shown.pop();
      if (previous === undefined) return BACK;
      i = previous;
      continue;
    }
    shown.push(i);
    i++;
  }
  return undefined;
}

const TOTAL = 10;
const CANCELLED = Symbol('cancelled');

function name(d: Draft): string {
  const n = d.leader.name;
  return typeof n === 'string' && n.trim() ? n.trim() : vscode.l10n.t('them');
}

/** Step 1: the leader's full name, and after a slash how you address them out loud. */
function leader(d: Draft): Promise<typeof BACK | void> {
  const holder: Record<string, unknown> = { value: typeof d.leader.name === 'string' ? `${d.leader.name as string}${typeof d.leader.addressAs === 'string' && d.leader.addressAs ? ` / ${d.leader.addressAs as string}` : ''}` : undefined };
  return text(1, vscode.l10n.t('Who is the leader you are asking?'), vscode.l10n.t('Full name / how you address them, e.g. Dana Okafor / Dana'), holder, 'value', true,
    vscode.l10n.t('After a slash, the name you say out loud (“Dana”, “Dr. Hoffmann”); without it, the script uses no name.')).then((r) => {
    if (r !== BACK && typeof holder.value === 'string') {
      const { name: full, addressAs } = splitLeader(holder.value);
      d.leader.name = full;
      if (addressAs) d.leader.addressAs = addressAs; else delete d.leader.addressAs;
    }
    return r;
  });
}

/** An input step; `whenEmpty` replaces the usual note on what an empty optional answer does. */
function text(step: number, title: string, placeholder: string, target: Record<string, unknown>, key: string, required = false, hint?: string, whenEmpty?: string): Promise<typeof BACK | void> {
  return new Promise((resolve, reject) => {
    const box = vscode.window.createInputBox();
    box.title = `Mentorship Prep: ${title}`;
    box.step = step;
    box.totalSteps = TOTAL;
    box.placeholder = placeholder;
    const need = required ? vscode.l10n.t('Required') : whenEmpty ?? vscode.l10n.t('Optional: leave empty and the doc shows a prompt to fill in');
    box.prompt = hint ? `${hint} · ${need}` : need;
    box.value = typeof target[key] === 'string' ? (target[key] as string) : '';
    box.ignoreFocusOut = true;
    if (step > 1) box.buttons = [vscode.QuickInputButtons.Back];
    const check = (v: string) => (required && !v.trim() ? vscode.l10n.t('This answer is needed to write the doc.') : v.length > MAX_TEXT ? vscode.l10n.t('Keep it under {0} characters.', MAX_TEXT) : undefined);
    let done = false;
    box.onDidChangeValue((v) => { box.validationMessage = check(v); });
    box.onDidTriggerButton(() => { done = true; box.hide(); resolve(BACK); });
    box.onDidAccept(() => {
      const problem = check(box.value);
      if (problem) { box.validationMessage = problem; return; }
      target[key] = box.value.trim() || undefined;
      done = true;
      box.hide();
      resolve();
    });
    box.onDidHide(() => { box.dispose(); if (!done) reject(CANCELLED); });
    box.show();
  });
}

type PickItem<T> = vscode.QuickPickItem & { value: T; picked?: boolean };

/** A pick step. `itemsFor`, when given, rebuilds the items as the user types (an item for the
 *  typed text itself); `onTyped` receives the text when that item is accepted. */
function pick<T>(step: number, title: string, items: PickItem<T>[], apply: (v: T) => void, placeholder?: string,
  itemsFor?: (value: string, base: PickItem<T>[]) => PickItem<T>[], onTyped?: (value: string) => void): Promise<typeof BACK | void> {
  return new Promise((resolve, reject) => {
    const qp = vscode.window.createQuickPick<vscode.QuickPickItem & { value: T }>();
    qp.title = `Mentorship Prep: ${title}`;
    qp.step = step;
    qp.totalSteps = TOTAL;
    qp.items = items;
    if (itemsFor) qp.onDidChangeValue((value) => { qp.items = itemsFor(value, items); if (qp.items[0]?.alwaysShow) qp.activeItems = [qp.items[0]]; });
    if (placeholder) qp.placeholder = placeholder;
    qp.ignoreFocusOut = true;
    qp.matchOnDescription = true;
    const current = items.find((i) => i.picked);
    if (current) qp.activeItems = [current];
    qp.buttons = [vscode.QuickInputButtons.Back];
    let done = false;
    qp.onDidTriggerButton(() => { done = true; qp.hide(); resolve(BACK); });
    qp.onDidAccept(() => {
      const chosen = qp.selectedItems[0] ?? qp.activeItems[0];
      if (!chosen) return;
      if (onTyped && chosen.alwaysShow) onTyped(qp.value);
      apply(chosen.value);
      done = true;
      qp.hide();
      resolve();
    });
    qp.onDidHide(() => { qp.dispose(); if (!done) reject(CANCELLED); });
    qp.show();
  });
}
