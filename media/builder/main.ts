// The Prep Builder webview: the profile as a form, a live preview, and a rehearsal mode.
// Runs in the webview (a browser); talks to the extension only through ../../src/features/builder/protocol.
import MarkdownIt from 'markdown-it';
import { CADENCES, COMMUNICATION, FIRST_RESPONSES, FORMATS, HIERARCHY, ORGANIZATIONS, RELATIONSHIPS, SESSION_MINUTES, TONES } from '../../src/core/profile/profile';
import { validateProfile, type ProfileIssue } from '../../src/core/profile/validate';
import { parseHostMessage, type Draft, type RehearsalCard, type TemplateChoice, type WebviewMessage } from '../../src/features/builder/protocol';

interface VsCodeApi { postMessage(m: WebviewMessage): void; getState(): unknown; setState(s: unknown): void }
declare function acquireVsCodeApi(): VsCodeApi;

interface State {
  draft: Draft;
  saved: Draft | null;
  template: string;
  mode: 'build' | 'rehearse';
  mastered: string[];
  order: number[];
  card: number;
  revealed: boolean;
}

type Field =
  | { path: string; label: string; hint?: string; kind: 'text' | 'textarea'; required?: boolean; placeholder?: string }
  | { path: string; label: string; hint?: string; kind: 'select'; options: readonly string[]; labels?: Record<string, string>; optional?: boolean }
  | { path: string; label: string; hint?: string; kind: 'number'; min: number; max: number };

const LABELS: Record<string, string> = {
  weekly: 'Weekly', biweekly: 'Every two weeks', monthly: 'Monthly', 'as-needed': 'When a decision needs it',
  meetings: 'Short meetings', async: 'Written async updates', mixed: 'Meetings and async updates',
  direct: 'Direct', indirect: 'Indirect', flat: 'Flat', hierarchical: 'Hierarchical',
  'skip-level': 'Skip-level leader', 'cross-team': 'Leader in another team', executive: 'Executive', 'former-manager': 'Former manager',
  formal: 'Formal', warm: 'Warm', concise: 'Concise',
  'no-time': 'No time right now', 'not-now': 'Not now, maybe later', noncommittal: 'A vague “sure, some time”',
  'use-the-program': 'Use the mentoring program', 'ask-your-manager': 'Ask your manager', 'not-ready': 'You are not ready yet',
  'no-reply': 'No reply',
  startup: 'Startup', 'scale-up': 'Scale-up', enterprise: 'Enterprise', 'public-sector': 'Public sector', nonprofit: 'Nonprofit',
};

const GROUPS: { title: string; icon: string; fields: Field[] }[] = [
  { title: 'You', icon: 'account', fields: [
    { path: 'you.name', label: 'Your name', kind: 'text' },
    { path: 'you.role', label: 'Your role', kind: 'text', placeholder: 'Software Architect' },
    { path: 'you.strengths', label: 'A strength you bring', kind: 'text', placeholder: 'event-driven integration' },
  ] },
  { title: 'The leader', icon: 'person', fields: [
    { path: 'leader.name', label: 'Name', kind: 'text', required: true, placeholder: 'Dana Okafor' },
    { path: 'leader.addressAs', label: 'How you address them out loud', kind: 'text', placeholder: 'Dana', hint: 'Spoken lines use this; leave empty and they use no name.' },
    { path: 'leader.role', label: 'Role', kind: 'text', placeholder: 'VP Engineering' },
    { path: 'leader.expertise', label: 'Known for', kind: 'text', placeholder: 'applying Domain-Driven Design to legacy platforms', hint: 'Completes “your experience with …”.' },
    { path: 'leader.initiative', label: 'A project they led', kind: 'text', placeholder: 'the payments platform re-architecture', hint: 'Completes “the work you led on …”.' },
    { path: 'firstResponse', label: 'What they said the first time', kind: 'select', options: FIRST_RESPONSES, optional: true },
    { path: 'firstResponseWords', label: 'Their words', kind: 'text', placeholder: 'Let me think about it, my calendar is brutal this quarter.' },
  ] },
  { title: 'The ask', icon: 'comment-discussion', fields: [
    { path: 'challenge', label: 'Your challenge', kind: 'textarea', required: true, placeholder: 'scaling our API gateway for 10x user load', hint: 'A phrase that completes “Our current challenge is …”.' },
    { path: 'expertiseApplied', label: 'How their expertise applies', kind: 'textarea', placeholder: 'using bounded contexts to split the gateway’s routing rules', hint: 'Completes “I would value your view on …”; say “your team”, not “her team”.' },
    { path: 'valueYouBring', label: 'What you bring back', kind: 'textarea', placeholder: 'a written summary of each session’s decisions', hint: 'Completes “In return, I will bring …”.' },
    { path: 'goal', label: 'Your goal in 6 to 12 months', kind: 'text', placeholder: 'lead integration architecture across the product teams', hint: 'Completes “In a year I want to be able to …”.' },
    { path: 'successLooksLike', label: 'Success after three months', kind: 'text', placeholder: 'a contract-ownership model the three teams have agreed to', hint: 'Completes “After three months, success means …”.' },
    { path: 'cadence', label: 'How often', kind: 'select', options: CADENCES },
    { path: 'sessionMinutes', label: 'Minutes per session', kind: 'number', min: SESSION_MINUTES.min, max: SESSION_MINUTES.max },
    { path: 'format', label: 'Form', kind: 'select', options: FORMATS },
  ] },
  { title: 'Culture and relationship', icon: 'organization', fields: [
    { path: 'culture.communication', label: 'Communication', kind: 'select', options: COMMUNICATION, hint: 'Indirect: ideas are floated, disagreement is implied.' },
    { path: 'culture.hierarchy', label: 'Organization', kind: 'select', options: HIERARCHY },
    { path: 'relationship', label: 'Your relationship', kind: 'select', options: RELATIONSHIPS },
    { path: 'organization', label: 'Kind of organization', kind: 'select', options: ORGANIZATIONS, optional: true },
  ] },
  { title: 'Tone', icon: 'megaphone', fields: [
    { path: 'tone', label: 'Tone of the script', kind: 'select', options: TONES, hint: 'Changes the wording of the whole script.' },
  ] },
];

const vscode = acquireVsCodeApi();
const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
const app = document.getElementById('app')!;
const initial = JSON.parse(app.dataset.initial ?? 'null') as Partial<State> | null;
const state: State = {
  draft: {}, saved: null, template: 'prep-doc', mode: 'build', mastered: [], order: [], card: 0, revealed: false,
  ...(initial ?? {}), ...((vscode.getState() as Partial<State> | undefined) ?? {}),
};
let templates: TemplateChoice[] = [{ id: 'prep-doc', name: 'Full prep doc' }];
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
function icon(name: string): HTMLElement { return el('span', { class: `codicon codicon-${name}`, 'aria-hidden': 'true' }); }
function button(label: string, iconName: string, onClick: () => void, attrs: Record<string, string> = {}): HTMLButtonElement {
  const b = el('button', { type: 'button', ...attrs }, icon(iconName), el('span', {}, label));
  b.addEventListener('click', onClick);
  return b;
}

// ---- layout -----------------------------------------------------------------------------------
const status = el('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
/** Why the saved profile could not be loaded, with a way to open it; hidden when there is none. */
const problemText = el('span', { id: 'profile-problem-text' });
const problem = el('div', { class: 'profile-problem', id: 'profile-problem', role: 'alert', hidden: '' }, icon('warning'), problemText,
  button('Open profile', 'go-to-file', () => vscode.postMessage({ type: 'openProfile' }), { id: 'open-profile' }));
function showProblem(message: string | undefined): void {
  problemText.textContent = message ?? '';
  problem.hidden = !message;
}
const tabBuild = el('button', { type: 'button', role: 'tab', id: 'tab-build', 'aria-controls': 'panel-build' }, icon('edit'), el('span', {}, 'Build'));
const tabRehearse = el('button', { type: 'button', role: 'tab', id: 'tab-rehearse', 'aria-controls': 'panel-rehearse' }, icon('mic'), el('span', {}, 'Rehearse'));
const form = el('form', { class: 'form', 'aria-label': 'Prep profile', novalidate: '' });
const preview = el('article', { class: 'preview markdown-body', 'aria-label': 'Preview of the generated document', tabindex: '0' });
const templateSelect = el('select', { id: 'template', 'aria-label': 'Template' });
const panelBuild = el('section', { id: 'panel-build', role: 'tabpanel', 'aria-labelledby': 'tab-build', class: 'build' }, form, el('div', { class: 'preview-pane' },
  el('div', { class: 'preview-bar' }, el('label', { for: 'template' }, 'Preview'), templateSelect,
    button('Copy as plain text', 'copy', () => post('copyPlainText'), { id: 'copy-plain-text', title: 'Copy this document without Markdown, for an email or a chat' })), preview));
const panelRehearse = el('section', { id: 'panel-rehearse', role: 'tabpanel', 'aria-labelledby': 'tab-rehearse', class: 'rehearse' });
const actions = el('div', { class: 'actions' },
  button('Generate', 'sparkle', () => post('generate'), { class: 'primary', id: 'generate' }),
  button('Save profile', 'save', () => post('save'), { id: 'save' }),
  button('Copy script', 'copy', () => post('copyScript'), { id: 'copy-script' }));
app.append(el('header', {}, el('h1', {}, 'Prep Builder'), el('div', { role: 'tablist', 'aria-label': 'Mode' }, tabBuild, tabRehearse), actions), problem, status, panelBuild, panelRehearse);
tabBuild.addEventListener('click', () => setMode('build'));
tabRehearse.addEventListener('click', () => setMode('rehearse'));
for (const tab of [tabBuild, tabRehearse]) {
  tab.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') { const other = tab === tabBuild ? tabRehearse : tabBuild; other.focus(); other.click(); }
  });
}
templateSelect.addEventListener('change', () => { state.template = templateSelect.value; save(); schedule(); });
form.addEventListener('submit', (e) => { e.preventDefault(); post('generate'); });

const inputs = new Map<string, HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>();
const errors = new Map<string, HTMLElement>();
for (const group of GROUPS) {
  const fs = el('fieldset', {}, el('legend', {}, icon(group.icon), el('span', {}, group.title)));
  for (const f of group.fields) {
    const id = `f-${f.path.replace('.', '-')}`;
    let input: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
    if (f.kind === 'select') {
      input = el('select', { id, name: f.path }, ...(f.optional ? [el('option', { value: '' }, 'Not set')] : []), ...f.options.map((o) => el('option', { value: o }, LABELS[o] ?? o)));
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
      set(f.path, f.kind === 'number' ? (v === '' ? undefined : Number(v)) : v);
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

function fill(): void {
  for (const [path, input] of inputs) {
    const v = get(path);
    if (input instanceof HTMLSelectElement) {
      const fallback = validateProfile(state.draft).profile;
      const resolved = path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)?.[k], fallback);
      input.value = typeof v === 'string' ? v : String(resolved ?? '');
    } else {
      input.value = v === undefined || v === null ? '' : String(v);
    }
  }
  templateSelect.replaceChildren(...templates.map((t) => el('option', { value: t.id }, t.name)));
  templateSelect.value = templates.some((t) => t.id === state.template) ? state.template : 'prep-doc';
}

/** Shows the core validator's messages next to their fields; returns whether the draft is valid. */
function validate(): boolean {
  const all: ProfileIssue[] = validateProfile(state.draft).issues;
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
  setStatus(dirty() ? 'Unsaved changes' : state.saved ? 'Saved' : 'Not saved yet', 'info');
  return issues.length === 0;
}

function setStatus(message: string, kind: 'info' | 'error'): void {
  status.textContent = message;
  status.className = `status ${kind}`;
}

let pending: ReturnType<typeof setTimeout> | undefined;
function schedule(): void {
  if (pending) clearTimeout(pending);
  pending = setTimeout(() => vscode.postMessage({ type: 'change', draft: state.draft, template: state.template }), 200);
}

function post(kind: 'generate' | 'save' | 'copyScript' | 'copyPlainText'): void {
  if (!validate()) {
    setStatus('Fix the highlighted answers first.', 'error');
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
  const time = el('span', { class: 'clock', id: 'clock', 'aria-label': 'Time left in the session' }, clock());
  const toggle = button(timer.handle ? 'Pause' : 'Start', timer.handle ? 'debug-pause' : 'play', () => {
    if (timer.handle) { clearInterval(timer.handle); timer.handle = undefined; } else {
      timer.handle = setInterval(() => {
        timer.remaining--;
        const c = document.getElementById('clock');
        if (c) c.textContent = clock();
        if (timer.remaining <= 0) { clearInterval(timer.handle); timer.handle = undefined; setStatus('Time is up: wrap up with the next step and a thank-you.', 'info'); renderRehearse(); }
      }, 1000);
    }
    renderRehearse();
  }, { id: 'timer-toggle' });
  const reset = button('Reset', 'debug-restart', () => { if (timer.handle) clearInterval(timer.handle); timer = { remaining: minutes() * 60 }; renderRehearse(); });
  const timerBar = el('div', { class: 'timer', role: 'group', 'aria-label': `Session timer, ${minutes()} minutes` }, icon('watch'), time, toggle, reset);
  if (!card) {
    panelRehearse.replaceChildren(timerBar, el('p', {}, 'Fill in the leader and your challenge to get the objections to rehearse.'));
    return;
  }
  const isMastered = state.mastered.includes(card.objection);
  const answer = el('div', { class: 'answer markdown-body', id: 'answer', hidden: '' });
  answer.innerHTML = md.render(card.answer); // markdown-it with html disabled: text only, escaped
  if (state.revealed) answer.removeAttribute('hidden');
  const objection = el('blockquote', { class: 'objection' });
  objection.innerHTML = md.renderInline(card.objection);
  panelRehearse.replaceChildren(
    timerBar,
    el('p', { class: 'progress' }, `Card ${state.card + 1} of ${total} · ${mastered} mastered`),
    el('div', { class: `card${isMastered ? ' mastered' : ''}`, role: 'region', 'aria-label': 'Objection card' },
      el('div', { class: 'who' }, icon('person'), el('span', {}, 'They might say')), objection, answer),
    el('div', { class: 'card-actions' },
      button(state.revealed ? 'Hide answer' : 'Show answer', state.revealed ? 'eye-closed' : 'eye', () => { state.revealed = !state.revealed; save(); renderRehearse(); }, { id: 'reveal', 'aria-controls': 'answer', 'aria-expanded': String(state.revealed) }),
      button('Next', 'arrow-right', advance, { id: 'next' }),
      button('Shuffle', 'arrow-swap', shuffle, { id: 'shuffle' }),
      button(isMastered ? 'Practise again' : 'I’ve got this one', isMastered ? 'circle-large-outline' : 'pass', () => {
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
      if (!(vscode.getState() as Partial<State> | undefined)?.draft) state.draft = msg.draft;
      if (!(vscode.getState() as Partial<State> | undefined)?.template) state.template = msg.template;
      timer = { remaining: minutes() * 60 };
      save(); fill(); validate(); render(); schedule();
      break;
    case 'preview':
      preview.innerHTML = md.render(msg.markdown); // html disabled: user text cannot become markup
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
