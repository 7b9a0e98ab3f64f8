// The Prep Builder webview: the profile as a form, a live preview, and a rehearsal mode.
// Runs in the webview (a browser); talks to the extension only through ../../src/features/builder/protocol.
import { ANREDE, CADENCES, COMMUNICATION, FIRST_RESPONSES, FORMATS, HIERARCHY, LEADER_ORGANIZATIONS, ORGANIZATIONS, RELATIONSHIPS, SESSION_MINUTES, TONES } from '../../src/core/profile/profile';
import { validateProfile, type ProfileIssue } from '../../src/core/profile/validate';
import { proposeReading } from '../../src/core/render/firstAnswer';
import { proposeChallengeShort } from '../../src/core/profile/challengeShort';
import { l10nFromTable } from '../../src/core/l10n/l10n';
import { COUNTRY_CODES, countryName } from '../../src/core/culture/presets';
import { resolveScales, SCALES } from '../../src/core/culture/scales';
import { ENGLISH_VARIANTS } from '../../src/core/culture/english';
import { icon, type IconName } from './icons';
import { parseHostMessage, type Draft, type RehearsalCard, type TemplateChoice, type WebviewMessage } from '../../src/features/builder/protocol';

interface VsCodeApi { postMessage(m: WebviewMessage): void; getState(): unknown; setState(s: unknown): void }
declare function acquireVsCodeApi(): VsCodeApi;

interface State {
  draft: Draft;
  saved: Draft | null;
  template: string;
  mode: 'build' | 'rehearse';
  /** The preview shows each message's ID (the Show message IDs toggle). */
  showIds: boolean;
  mastered: string[];
  order: number[];
  card: number;
  revealed: boolean;
}

type Field =
  | { path: string; label: string; hint?: string; kind: 'text' | 'textarea'; required?: boolean; placeholder?: string }
  | { path: string; label: string; hint?: string; kind: 'select'; options: readonly string[]; labels?: Record<string, string>; optional?: boolean; /** options 'true'/'false', kept as a boolean */ boolean?: boolean }
  | { path: string; label: string; hint?: string; kind: 'number'; min: number; max: number };

const app = document.getElementById('app')!;
// Every label comes translated from the extension host (vscode.l10n's bundle for the display
// language, in a data- attribute); the English message is only the key and the fallback.
const l10n = l10nFromTable(JSON.parse(app.dataset.l10n ?? '{}') as Record<string, string>);

const LABELS: Record<string, string> = {
  weekly: l10n.t('Weekly'), biweekly: l10n.t('Every two weeks'), monthly: l10n.t('Monthly'), 'as-needed': l10n.t('When a decision needs it'),
  meetings: l10n.t('Short meetings'), async: l10n.t('Written async updates'), mixed: l10n.t('Meetings and async updates'),
  direct: l10n.t('Direct'), indirect: l10n.t('Indirect'), flat: l10n.t('Flat'), hierarchical: l10n.t('Hierarchical'),
  'skip-level': l10n.t('Skip-level leader'), 'cross-team': l10n.t('Leader in another team'), executive: l10n.t('Executive'), 'former-manager': l10n.t('Former manager'),
  formal: l10n.t('Formal'), warm: l10n.t('Warm'), concise: l10n.t('Concise'),
  'no-time': l10n.t('No time right now'), 'not-now': l10n.t('Not now, maybe later'), noncommittal: l10n.t('A vague “sure, some time”'),
  'use-the-program': l10n.t('Use the mentoring program'), 'ask-your-manager': l10n.t('Ask your manager'), 'not-ready': l10n.t('You are not ready yet'),
  'no-reply': l10n.t('No reply'), 'yes-with-limits': l10n.t('Yes, with limits'), referral: l10n.t('Sent you to someone else'),
  'doubts-fit': l10n.t('Not sure they are the right person'), declined: l10n.t('Said no'),
  'task-based': l10n.t('Task-based: trust comes from good work'), 'relationship-based': l10n.t('Relationship-based: trust comes from time together'),
  open: l10n.t('Open: disagreement is said out loud'), avoided: l10n.t('Avoided: disagreement is kept out of the open'),
  linear: l10n.t('Linear: plans and replies keep to the clock'), flexible: l10n.t('Flexible: plans and replies follow the situation'),
  ...names(COUNTRY_CODES, 'region'), ...names(ENGLISH_VARIANTS, 'language'),
  startup: l10n.t('Startup'), 'scale-up': l10n.t('Scale-up'), enterprise: l10n.t('Enterprise'), 'public-sector': l10n.t('Public sector'), nonprofit: l10n.t('Nonprofit'),
};

/** Country and language names in the display language, from Intl (no strings to translate). */
function names(codes: readonly string[], type: 'region' | 'language'): Record<string, string> {
  const language = document.documentElement.lang || 'en';
  if (type === 'region') return Object.fromEntries(codes.map((c) => [c, countryName(c, language)]));
  const display = (() => { try { return new Intl.DisplayNames([language, 'en'], { type: 'language' }); } catch { return undefined; } })();
  return Object.fromEntries(codes.map((c) => [c, display?.of(c) ?? c]));
}
const byName = (codes: readonly string[]) => [...codes].sort((a, b) => (LABELS[a] ?? a).localeCompare(LABELS[b] ?? b));

const GROUPS: { title: string; icon: IconName; fields: Field[] }[] = [
  { title: l10n.t('You'), icon: 'account', fields: [
    { path: 'you.name', label: l10n.t('Your name'), kind: 'text' },
    { path: 'you.role', label: l10n.t('Your role'), kind: 'text', placeholder: 'Software Architect' },
    { path: 'you.strengths', label: l10n.t('A strength you bring'), kind: 'text', placeholder: l10n.t('event-driven integration') },
    { path: 'you.locale', label: l10n.t('The English you write in'), kind: 'select', options: ENGLISH_VARIANTS, optional: true, hint: l10n.t('Spelling follows it (candour or candor); when it is not set, the editor’s language or the leader’s country decides.') },
  ] },
  { title: l10n.t('The leader'), icon: 'person', fields: [
    { path: 'leader.name', label: l10n.t('Name'), kind: 'text', required: true, placeholder: 'Dana Okafor' },
    { path: 'leader.addressAs', label: l10n.t('How you address them out loud'), kind: 'text', placeholder: 'Dana', hint: l10n.t('Spoken lines use this; leave empty and they use no name.') },
    // German documents (a German display language) say Sie or du; English ones have no such choice.
    ...(/^de\b/i.test(document.documentElement.lang) ? [{ path: 'leader.anrede', label: l10n.t('Sie or du'), kind: 'select', options: ANREDE, optional: true, labels: { Sie: 'Sie', du: 'du' },
      hint: l10n.t('How the German documents address them; not set, they say du only when your own words about them do.') } as Field] : []),
    { path: 'leader.role', label: l10n.t('Role'), kind: 'text', placeholder: 'VP Engineering' },
    { path: 'leader.expertise', label: l10n.t('Known for'), kind: 'text', placeholder: l10n.t('applying Domain-Driven Design to legacy platforms'), hint: l10n.t('Completes “your experience with …”.') },
    { path: 'leader.initiative', label: l10n.t('A project they led'), kind: 'text', placeholder: l10n.t('the payments platform re-architecture'), hint: l10n.t('Completes “the work you led on …”.') },
    { path: 'leader.decisionYouAdmire', label: l10n.t('One decision of theirs you admire'), kind: 'text', placeholder: l10n.t('moving the ledger to per-region shards before the migration'), hint: l10n.t('Named in the opening instead of general praise: “One decision there really stuck with me: …”.') },
    { path: 'leader.organization', label: l10n.t('Where they work'), kind: 'select', options: LEADER_ORGANIZATIONS, optional: true,
      labels: { same: l10n.t('At your company'), other: l10n.t('At another company') },
      hint: l10n.t('At another company, the documents leave out internal programs, channels and team talk, and say what you may share outside the company.') },
    { path: 'leader.company', label: l10n.t('Their company'), kind: 'text', placeholder: 'Lumen', hint: l10n.t('Only when they work at another company.') },
    { path: 'firstResponseWords', label: l10n.t('Their words'), kind: 'text', placeholder: l10n.t('Let me think about it, my calendar is brutal this quarter.') },
    { path: 'firstResponse', label: l10n.t('What they said the first time'), kind: 'select', options: FIRST_RESPONSES, optional: true, hint: l10n.t('Your choice always wins: the documents quote their words but follow this.') },
    { path: 'firstResponseDetails.offered', label: l10n.t('What they offered'), kind: 'text', placeholder: l10n.t('coffee when you are in London'), hint: l10n.t('Completes “You offered …”.') },
    { path: 'firstResponseDetails.limits', label: l10n.t('What they ruled out'), kind: 'text', placeholder: l10n.t('nothing regular'), hint: l10n.t('In their words; the documents never ask for it.') },
    { path: 'firstResponseDetails.referTo', label: l10n.t('Who they sent you to'), kind: 'text', placeholder: 'Marcos', hint: l10n.t('The name as you would greet them, with a title where one is used (Dr. Hofbauer).') },
    { path: 'firstResponseDetails.channel', label: l10n.t('What they pointed you to'), kind: 'text', placeholder: l10n.t('the architecture guild'),
      hint: l10n.t('A program, a group, their office or assistant, or how to reach them next (“write to me”): the documents go that way.') },
    { path: 'firstResponseDetails.comeBackAfter', label: l10n.t('When to come back, in their words'), kind: 'text', placeholder: l10n.t('after the festival season') },
    { path: 'firstResponseDetails.comeBackMonth', label: l10n.t('When to come back, as a month'), kind: 'text', placeholder: '2027-01', hint: l10n.t('YYYY-MM') },
  ] },
  { title: l10n.t('The ask'), icon: 'comment-discussion', fields: [
    { path: 'challenge', label: l10n.t('Your challenge'), kind: 'textarea', required: true, placeholder: l10n.t('scaling our API gateway for 10x user load'), hint: l10n.t('A phrase that completes “Our current challenge is …”.') },
    { path: 'challengeShort', label: l10n.t('A short name for the challenge'), kind: 'text', placeholder: l10n.t('the API gateway scaling'),
      hint: l10n.t('The documents name the challenge in full once, then by this; left empty, they use the name shown, proposed from the challenge.') },
    { path: 'expertiseApplied', label: l10n.t('How their expertise applies'), kind: 'textarea', placeholder: l10n.t('using bounded contexts to split the gateway’s routing rules'), hint: l10n.t('Completes “I would value your view on …”; say “your team”, not “her team”.') },
    { path: 'valueYouBring', label: l10n.t('What you bring back'), kind: 'textarea', placeholder: l10n.t('a written summary of each session’s decisions'), hint: l10n.t('Completes “In return, I will bring …”.') },
    { path: 'goal', label: l10n.t('Your goal in 6 to 12 months'), kind: 'text', placeholder: l10n.t('lead integration architecture across the product teams'), hint: l10n.t('Completes “In a year I want to be able to …”.') },
    { path: 'successLooksLike', label: l10n.t('Success after three months'), kind: 'text', placeholder: l10n.t('a contract-ownership model the three teams have agreed to'), hint: l10n.t('Completes “After three months, success means …”.') },
    { path: 'cadence', label: l10n.t('How often'), kind: 'select', options: CADENCES },
    { path: 'sessionMinutes', label: l10n.t('Minutes per session'), kind: 'number', min: SESSION_MINUTES.min, max: SESSION_MINUTES.max },
    { path: 'format', label: l10n.t('Form'), kind: 'select', options: FORMATS },
  ] },
  { title: l10n.t('Culture and relationship'), icon: 'organization', fields: [
    { path: 'culture.country', label: l10n.t('Where the leader works'), kind: 'select', options: byName(COUNTRY_CODES), optional: true, hint: l10n.t('Sets the scales below to the country’s usual business culture; adjust any of them for this leader.') },
    { path: 'culture.communication', label: l10n.t('Communication'), kind: 'select', options: COMMUNICATION, hint: l10n.t('Indirect: ideas are floated, disagreement is implied.') },
    { path: 'culture.hierarchy', label: l10n.t('Organization'), kind: 'select', options: HIERARCHY },
    { path: 'culture.scales.trust', label: l10n.t('Trust'), kind: 'select', options: SCALES.trust },
    { path: 'culture.scales.disagreement', label: l10n.t('Disagreement'), kind: 'select', options: SCALES.disagreement },
    { path: 'culture.scales.time', label: l10n.t('Time'), kind: 'select', options: SCALES.time },
    { path: 'relationship', label: l10n.t('Your relationship'), kind: 'select', options: RELATIONSHIPS },
    { path: 'managerKnows', label: l10n.t('Does your manager know you are asking?'), kind: 'select', options: ['true', 'false'], boolean: true, optional: true,
      labels: { true: l10n.t('Yes, they know'), false: l10n.t('Not yet') },
      hint: l10n.t('The documents say your manager knows only when you choose yes; not set, that line is marked for you to keep or delete.') },
    { path: 'organization', label: l10n.t('Kind of organization'), kind: 'select', options: ORGANIZATIONS, optional: true },
  ] },
  { title: l10n.t('Tone'), icon: 'megaphone', fields: [
    { path: 'tone', label: l10n.t('Tone of the script'), kind: 'select', options: TONES, hint: l10n.t('Changes the wording of the whole script.') },
  ] },
];

const vscode = acquireVsCodeApi();
const initial = JSON.parse(app.dataset.initial ?? 'null') as Partial<State> | null;
const state: State = {
  draft: {}, saved: null, template: 'prep-doc', mode: 'build', showIds: false, mastered: [], order: [], card: 0, revealed: false,
  ...(initial ?? {}), ...((vscode.getState() as Partial<State> | undefined) ?? {}),
};
let templates: TemplateChoice[] = [{ id: 'prep-doc', name: l10n.t('Full prep doc') }];
let cards: RehearsalCard[] = [];
let timer: { remaining: number; handle?: ReturnType<typeof setInterval> } = { remaining: minutes() * 60 };

function get(path: string): unknown {
  return path.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), state.draft);
}
function set(path: string, value: unknown): void {
  const keys = path.split('.');
  const draft: Draft = structuredClone(state.draft);
  let o = draft as Record<string, unknown>;
  for (const k of keys.slice(0, -1)) o = (o[k] = typeof o[k] === 'object' && o[k] !== null ? o[k] : {}) as Record<string, unknown>;
  if (value === '' || value === undefined) delete o[keys.at(-1)!];
  else o[keys.at(-1)!] = value;
  state.draft = draft;
}
function minutes(): number {
  const m = Number(get('sessionMinutes'));
  return Number.isInteger(m) && m >= SESSION_MINUTES.min && m <= SESSION_MINUTES.max ? m : 30;
}
function save(): void { vscode.setState(state); }
function dirty(): boolean { return JSON.stringify(normalize(state.draft)) !== JSON.stringify(normalize(state.saved ?? {})); }
function normalize(d: Draft): unknown { return validateProfile(d).profile; }

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  e.append(...children);
  return e;
}
function button(label: string, iconName: IconName, onClick: () => void, attrs: Record<string, string> = {}): HTMLButtonElement {
  const b = el('button', { type: 'button', ...attrs }, icon(iconName), el('span', {}, label));
  b.addEventListener('click', onClick);
  return b;
}

// ---- layout -----------------------------------------------------------------------------------
const status = el('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
/** Why the saved profile could not be loaded, with a way to open it; hidden when there is none. */
const problemText = el('span', { id: 'profile-problem-text' });
const problem = el('div', { class: 'profile-problem', id: 'profile-problem', role: 'alert', hidden: '' }, icon('warning'), problemText,
  button(l10n.t('Open profile'), 'go-to-file', () => vscode.postMessage({ type: 'openProfile' }), { id: 'open-profile' }));
function showProblem(message: string | undefined): void {
  problemText.textContent = message ?? '';
  problem.hidden = !message;
}
const tabBuild = el('button', { type: 'button', role: 'tab', id: 'tab-build', 'aria-controls': 'panel-build' }, icon('edit'), el('span', {}, l10n.t('Build')));
const tabRehearse = el('button', { type: 'button', role: 'tab', id: 'tab-rehearse', 'aria-controls': 'panel-rehearse' }, icon('mic'), el('span', {}, l10n.t('Rehearse')));
const form = el('form', { class: 'form', 'aria-label': l10n.t('Prep profile'), novalidate: '' });
const preview = el('article', { class: 'preview markdown-body', 'aria-label': l10n.t('Preview of the generated document'), tabindex: '0' });
const templateSelect = el('select', { id: 'template', 'aria-label': l10n.t('Template') });
/** Each message in the preview preceded by its ID (⟦id⟧): what .mentorship/phrases.json overrides. */
const showIdsBox = el('input', { type: 'checkbox', id: 'show-ids', 'aria-describedby': 'show-ids-hint' });
const showIdsHint = l10n.t('Each sentence is shown after its ID, as ⟦id⟧: put the ID in .mentorship/phrases.json to say it your own way.');
const showIdsToggle = el('span', { class: 'toggle', title: showIdsHint }, showIdsBox, el('label', { for: 'show-ids' }, l10n.t('Show message IDs')),
  el('span', { id: 'show-ids-hint', hidden: '' }, showIdsHint));
const panelBuild = el('section', { id: 'panel-build', role: 'tabpanel', 'aria-labelledby': 'tab-build', class: 'build' }, form, el('div', { class: 'preview-pane' },
  el('div', { class: 'preview-bar' }, el('label', { for: 'template' }, l10n.t('Preview')), templateSelect,
    showIdsToggle,
    button(l10n.t('Copy as plain text'), 'copy', () => post('copyPlainText'), { id: 'copy-plain-text', title: l10n.t('Copy this document without Markdown, for an email or a chat') })), preview));
const panelRehearse = el('section', { id: 'panel-rehearse', role: 'tabpanel', 'aria-labelledby': 'tab-rehearse', class: 'rehearse' });
const actions = el('div', { class: 'actions' },
  button(l10n.t('Generate'), 'sparkle', () => post('generate'), { class: 'primary', id: 'generate' }),
  button(l10n.t('Save profile'), 'save', () => post('save'), { id: 'save' }),
  button(l10n.t('Copy script'), 'copy', () => post('copyScript'), { id: 'copy-script' }));
app.append(el('header', {}, el('h1', {}, l10n.t('Prep Builder')), el('div', { role: 'tablist', 'aria-label': l10n.t('Mode') }, tabBuild, tabRehearse), actions), problem, status, panelBuild, panelRehearse);
tabBuild.addEventListener('click', () => setMode('build'));
tabRehearse.addEventListener('click', () => setMode('rehearse'));
for (const tab of [tabBuild, tabRehearse]) {
  tab.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') { const other = tab === tabBuild ? tabRehearse : tabBuild; other.focus(); other.click(); }
  });
}
templateSelect.addEventListener('change', () => { state.template = templateSelect.value; save(); schedule(); });
showIdsBox.addEventListener('change', () => { state.showIds = showIdsBox.checked; save(); schedule(); });
form.addEventListener('submit', (e) => { e.preventDefault(); post('generate'); });

const inputs = new Map<string, HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>();
const errors = new Map<string, HTMLElement>();
for (const group of GROUPS) {
  const fs = el('fieldset', {}, el('legend', {}, icon(group.icon), el('span', {}, group.title)));
  for (const f of group.fields) {
    const id = `f-${f.path.replace(/\./g, '-')}`;
    let input: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
    if (f.kind === 'select') {
      input = el('select', { id, name: f.path }, ...(f.optional ? [el('option', { value: '' }, l10n.t('Not set'))] : []), ...f.options.map((o) => el('option', { value: o }, f.labels?.[o] ?? LABELS[o] ?? o)));
    } else if (f.kind === 'textarea') {
      input = el('textarea', { id, name: f.path, rows: '2', placeholder: f.placeholder ?? '' });
    } else if (f.kind === 'number') {
      input = el('input', { id, name: f.path, type: 'number', min: String(f.min), max: String(f.max), step: '5', placeholder: '30' });
    } else {
      input = el('input', { id, name: f.path, type: 'text', placeholder: f.placeholder ?? '', autocomplete: 'off' });
    }
    if ('required' in f && f.required) { input.setAttribute('aria-required', 'true'); }
    const error = el('div', { class: 'error', id: `${id}-error`, role: 'alert' });
    const hint = f.hint ? el('div', { class: 'hint', id: `${id}-hint` }, f.hint) : undefined;
    input.setAttribute('aria-describedby', [hint ? `${id}-hint` : '', `${id}-error`].filter(Boolean).join(' '));
    input.addEventListener('input', () => {
      const v = input.value;
      set(f.path, f.kind === 'number' || (f.kind === 'select' && f.boolean) ? (v === '' ? undefined : f.kind === 'number' ? Number(v) : v === 'true') : v);
      if (f.path === 'culture.country') startFromCountry();
      timer.remaining = timer.handle ? timer.remaining : minutes() * 60;
      save();
      validate();
      schedule();
    });
    inputs.set(f.path, input);
    errors.set(f.path, error);
    fs.append(el('div', { class: 'field' }, el('label', { for: id }, f.label, 'required' in f && f.required ? el('span', { class: 'required', 'aria-hidden': 'true' }, ' *') : ''), input, ...(hint ? [hint] : []), error));
  }
  form.append(fs);
}

/** The reading proposed from their words, shown under the first answer until the user picks one:
 *  "We read this as: a yes with limits. They offered: …" with a button that confirms it (issue 21). */
const readingText = el('span', { id: 'reading-text' });
const reading = el('div', { class: 'hint reading', id: 'reading', role: 'status', hidden: '' }, icon('lightbulb'), readingText,
  button(l10n.t('Confirm this reading'), 'check', () => confirmReading(), { id: 'confirm-reading' }));
inputs.get('firstResponse')!.closest('.field')!.append(reading);
const DETAIL_LABELS: Record<string, string> = {
  offered: l10n.t('They offered: {0}.'), limits: l10n.t('They ruled out: {0}.'), referTo: l10n.t('They named: {0}.'), channel: l10n.t('They pointed to: {0}.'),
  comeBackAfter: l10n.t('Come back: {0}.'), comeBackMonth: l10n.t('Month: {0}.'),
};

function proposal(): ReturnType<typeof proposeReading> | undefined {
  const words = get('firstResponseWords');
  if (get('firstResponse') || typeof words !== 'string' || words.trim() === '') return undefined;
  const p = proposeReading(words);
  return p.response ? p : undefined;
}

function showReading(): void {
  const p = proposal();
  reading.hidden = !p;
  if (!p) return;
  const details = Object.entries(p.details).map(([k, v]) => DETAIL_LABELS[k]!.replace('{0}', v)).join(' ');
  readingText.textContent = `${l10n.t('We read this as: {0}.', LABELS[p.response!] ?? p.response!)} ${details} ${l10n.t('Right? Confirm it, or pick another answer above.')}`.replace(/\s+/g, ' ').trim();
  // The details it read are shown in their fields, editable: typing there replaces them.
  for (const [k, v] of Object.entries(p.details)) {
    const input = inputs.get(`firstResponseDetails.${k}`);
    if (input && 'placeholder' in input && get(`firstResponseDetails.${k}`) === undefined) input.placeholder = v;
  }
}

/** The short name the documents use when none is typed, shown where it would be typed. */
function showShortProposal(): void {
  const input = inputs.get('challengeShort');
  const challenge = get('challenge');
  if (input && 'placeholder' in input) input.placeholder = typeof challenge === 'string' && challenge.trim() !== '' ? proposeChallengeShort(challenge) : l10n.t('the API gateway scaling');
}

/** Stores the proposed answer and the details it read (those the user has not typed themselves). */
function confirmReading(): void {
  const p = proposal();
  if (!p) return;
  set('firstResponse', p.response);
  for (const [k, v] of Object.entries(p.details)) if (get(`firstResponseDetails.${k}`) === undefined) set(`firstResponseDetails.${k}`, v);
  save();
  fill();
  validate();
  schedule();
}

/** A new country starts from its preset: the adjustments made for the old one are dropped, and
 *  the selects show the new country's scales. */
function startFromCountry(): void {
  for (const path of ['culture.communication', 'culture.hierarchy', 'culture.scales']) set(path, undefined);
  fill();
}

function fill(): void {
  for (const [path, input] of inputs) {
    const v = get(path);
    if (input instanceof HTMLSelectElement) {
      const checked = validateProfile(state.draft).profile;
      // Selects that are not set show what applies: the country's scales, or the defaults.
      const fallback = { ...checked, culture: { ...checked.culture, scales: resolveScales(checked.culture) } };
      const resolved = path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)?.[k], fallback);
      input.value = typeof v === 'string' ? v : String(resolved ?? '');
    } else {
      input.value = v === undefined || v === null ? '' : String(v);
    }
  }
  templateSelect.replaceChildren(...templates.map((t) => el('option', { value: t.id }, t.name)));
  templateSelect.value = templates.some((t) => t.id === state.template) ? state.template : 'prep-doc';
  showIdsBox.checked = state.showIds;
}

/** Shows the core validator's messages next to their fields; returns whether the draft is valid. */
function validate(): boolean {
  const all: ProfileIssue[] = validateProfile(state.draft, l10n).issues;
  const issues = all.filter((i) => i.severity === 'error');
  for (const [path, box] of errors) {
    const issue = issues.find((i) => i.path === path);
    // Warnings (a tone that clashes with the culture, an answer that reads as a whole sentence)
    // show in the same place, styled as advice rather than an error.
    const warning = issue ? undefined : all.find((i) => i.path === path && i.severity === 'warning');
    box.textContent = issue ? issue.message : warning ? warning.message : '';
    box.classList.toggle('warning', warning !== undefined);
    inputs.get(path)!.setAttribute('aria-invalid', issue ? 'true' : 'false');
  }
  showReading();
  showShortProposal();
  setStatus(dirty() ? l10n.t('Unsaved changes') : state.saved ? l10n.t('Saved') : l10n.t('Not saved yet'), 'info');
  return issues.length === 0;
}

function setStatus(message: string, kind: 'info' | 'error'): void {
  status.textContent = message;
  status.className = `status ${kind}`;
}

let pending: ReturnType<typeof setTimeout> | undefined;
function schedule(): void {
  if (pending) clearTimeout(pending);
  pending = setTimeout(() => vscode.postMessage({ type: 'change', draft: state.draft, template: state.template, showIds: state.showIds }), 200);
}

function post(kind: 'generate' | 'save' | 'copyScript' | 'copyPlainText'): void {
  if (!validate()) {
    setStatus(l10n.t('Fix the highlighted answers first.'), 'error');
    const first = [...inputs.entries()].find(([p]) => errors.get(p)!.textContent);
    first?.[1].focus();
    return;
  }
  vscode.postMessage(kind === 'generate' || kind === 'copyPlainText' ? { type: kind, draft: state.draft, template: state.template } : { type: kind, draft: state.draft });
}

// ---- rehearse ---------------------------------------------------------------------------------
function setMode(mode: State['mode']): void {
  state.mode = mode;
  save();
  render();
}

function shuffle(): void {
  state.order = cards.map((_, i) => i);
  for (let i = state.order.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [state.order[i], state.order[j]] = [state.order[j]!, state.order[i]!];
  }
  state.card = 0;
  state.revealed = false;
  save();
  renderRehearse();
}

function advance(): void {
  const open = state.order.filter((i) => !state.mastered.includes(cards[i]!.objection));
  if (open.length === 0) return;
  const at = open.indexOf(state.order[state.card] ?? -1);
  state.card = state.order.indexOf(open[(at + 1) % open.length]!);
  state.revealed = false;
  save();
  renderRehearse();
}

function clock(): string {
  const s = Math.max(0, timer.remaining);
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}

function renderRehearse(): void {
  if (state.order.length !== cards.length) state.order = cards.map((_, i) => i);
  const total = cards.length;
  const mastered = cards.filter((c) => state.mastered.includes(c.objection)).length;
  const card = cards[state.order[state.card] ?? 0];
  const time = el('span', { class: 'clock', id: 'clock', 'aria-label': l10n.t('Time left in the session') }, clock());
  const toggle = button(timer.handle ? l10n.t('Pause') : l10n.t('Start'), timer.handle ? 'debug-pause' : 'play', () => {
    if (timer.handle) { clearInterval(timer.handle); timer.handle = undefined; } else {
      timer.handle = setInterval(() => {
        timer.remaining--;
        const c = document.getElementById('clock');
        if (c) c.textContent = clock();
        if (timer.remaining <= 0) { clearInterval(timer.handle); timer.handle = undefined; setStatus(l10n.t('Time is up: wrap up with the next step and a thank-you.'), 'info'); renderRehearse(); }
      }, 1000);
    }
    renderRehearse();
  }, { id: 'timer-toggle' });
  const reset = button(l10n.t('Reset'), 'debug-restart', () => { if (timer.handle) clearInterval(timer.handle); timer = { remaining: minutes() * 60 }; renderRehearse(); });
  const timerBar = el('div', { class: 'timer', role: 'group', 'aria-label': l10n.t('Session timer, {0} minutes', minutes()) }, icon('watch'), time, toggle, reset);
  if (!card) {
    panelRehearse.replaceChildren(timerBar, el('p', {}, l10n.t('Fill in the leader and your challenge to get the objections to rehearse.')));
    return;
  }
  const isMastered = state.mastered.includes(card.objection);
  const answer = el('div', { class: 'answer markdown-body', id: 'answer', hidden: '' });
  answer.innerHTML = card.answerHtml; // rendered by the host with raw HTML off; the CSP allows no inline script
  if (state.revealed) answer.removeAttribute('hidden');
  const objection = el('blockquote', { class: 'objection' });
  objection.innerHTML = card.objectionHtml;
  panelRehearse.replaceChildren(
    timerBar,
    el('p', { class: 'progress' }, l10n.t('Card {0} of {1} · {2} mastered', state.card + 1, total, mastered)),
    el('div', { class: `card${isMastered ? ' mastered' : ''}`, role: 'region', 'aria-label': l10n.t('Objection card') },
      el('div', { class: 'who' }, icon('person'), el('span', {}, l10n.t('They might say'))), objection, answer),
    el('div', { class: 'card-actions' },
      button(state.revealed ? l10n.t('Hide answer') : l10n.t('Show answer'), state.revealed ? 'eye-closed' : 'eye', () => { state.revealed = !state.revealed; save(); renderRehearse(); }, { id: 'reveal', 'aria-controls': 'answer', 'aria-expanded': String(state.revealed) }),
      button(l10n.t('Next'), 'arrow-right', advance, { id: 'next' }),
      button(l10n.t('Shuffle'), 'arrow-swap', shuffle, { id: 'shuffle' }),
      button(isMastered ? l10n.t('Practise again') : l10n.t('I’ve got this one'), isMastered ? 'circle-large-outline' : 'pass', () => {
        state.mastered = isMastered ? state.mastered.filter((m) => m !== card.objection) : [...state.mastered, card.objection];
        save();
        if (!isMastered) advance(); else renderRehearse();
      }, { id: 'mastered', 'aria-pressed': String(isMastered) })),
  );
}

function render(): void {
  const build = state.mode === 'build';
  tabBuild.setAttribute('aria-selected', String(build));
  tabRehearse.setAttribute('aria-selected', String(!build));
  tabBuild.tabIndex = build ? 0 : -1;
  tabRehearse.tabIndex = build ? -1 : 0;
  panelBuild.hidden = !build;
  panelRehearse.hidden = build;
  if (!build) renderRehearse();
}

window.addEventListener('message', (event: MessageEvent) => {
  const msg = parseHostMessage(event.data);
  if (!msg) { console.warn('Prep Builder: ignored an unexpected message', event.data); return; }
  switch (msg.type) {
    case 'init':
      templates = msg.templates;
      state.saved = msg.saved;
      showProblem(msg.problem);
      // A draft restored with the webview (reload, moved panel) wins over the host's copy.
      if (msg.switched || !(vscode.getState() as Partial<State> | undefined)?.draft) state.draft = msg.draft;
      if (!(vscode.getState() as Partial<State> | undefined)?.template) state.template = msg.template;
      timer = { remaining: minutes() * 60 };
      save(); fill(); validate(); render(); schedule();
      break;
    case 'preview':
      preview.innerHTML = msg.html; // rendered by the host with raw HTML off: user text cannot become markup
      cards = msg.cards;
      if (msg.error) setStatus(msg.error, 'error');
      if (state.mode === 'rehearse') renderRehearse();
      break;
    case 'saved':
      state.saved = msg.saved;
      showProblem(undefined);
      save();
      validate();
      break;
    case 'status':
      setStatus(msg.message, msg.kind);
      break;
  }
});

fill();
validate();
render();
vscode.postMessage({ type: 'ready' });
