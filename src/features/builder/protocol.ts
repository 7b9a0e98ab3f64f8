// The Prep Builder's messages, imported by both the extension and the webview script.
// Every message that crosses the boundary is checked by the receiving side's parser;
// anything unexpected is dropped and logged, never acted on.

/** What the form holds: the profile as typed, possibly incomplete or invalid. */
export type Draft = Record<string, unknown>;

export type TemplateChoice = { id: string; name: string };

/** Webview → extension. */
export type WebviewMessage =
  | { type: 'ready' }
  /** `showIds`: the preview puts each message's ID before it, as ⟦id⟧ (the Show message IDs toggle). */
  | { type: 'change'; draft: Draft; template: string; showIds?: boolean }
  | { type: 'save'; draft: Draft }
  | { type: 'generate'; draft: Draft; template: string }
  | { type: 'copyScript'; draft: Draft }
  | { type: 'openProfile' }
  /** The previewed template's document, as plain text on the clipboard. */
  | { type: 'copyPlainText'; draft: Draft; template: string };

/** Extension → webview. */
export type HostMessage =
  | { type: 'init'; draft: Draft; saved: Draft | null; templates: TemplateChoice[]; template: string; /** why the saved profile could not be used */ problem?: string;
      /** Another leader was made active: the host's draft replaces the one the webview kept. */ switched?: boolean }
  /** The previewed document as HTML, rendered by the host with raw HTML off (src/core/markdown/html.ts). */
  | { type: 'preview'; html: string; cards: RehearsalCard[]; error?: string }
  | { type: 'saved'; saved: Draft }
  | { type: 'status'; message: string; kind: 'info' | 'error' };

/** `objection` is the card's text (what "mastered" remembers); the two HTML fields are what is shown. */
export interface RehearsalCard { objection: string; objectionHtml: string; answerHtml: string }

export const MAX_DRAFT_JSON = 64 * 1024;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function isDraft(v: unknown): v is Draft {
  if (!isRecord(v)) return false;
  try {
    return JSON.stringify(v).length <= MAX_DRAFT_JSON;
  } catch {
    return false;
  }
}

/** What the Builder can do with the saved profile's JSON: edit it, or say why it cannot. */
export function savedDraft(raw: unknown): { saved: Draft } | { saved: null; problem: 'not-object' | 'too-large' } {
  if (!isRecord(raw)) return { saved: null, problem: 'not-object' };
  return isDraft(raw) ? { saved: raw } : { saved: null, problem: 'too-large' };
}

/** A template id such as "prep-doc" or "team/intro": never a path out of the templates folder. */
const isTemplateId = (v: unknown): v is string => typeof v === 'string' && /^(?!.*\.\.)(?!\/)[\w./-]{1,100}$/.test(v);

/** Validates a message from the webview; undefined for anything malformed or unknown. */
export function parseWebviewMessage(raw: unknown): WebviewMessage | undefined {
  if (!isRecord(raw) || typeof raw.type !== 'string') return undefined;
  switch (raw.type) {
    case 'ready':
      return { type: 'ready' };
    case 'openProfile':
      return { type: 'openProfile' };
    case 'change':
      return isDraft(raw.draft) && isTemplateId(raw.template) ? { type: 'change', draft: raw.draft, template: raw.template, showIds: raw.showIds === true } : undefined;
    case 'generate':
    case 'copyPlainText':
      return isDraft(raw.draft) && isTemplateId(raw.template) ? { type: raw.type, draft: raw.draft, template: raw.template } : undefined;
    case 'save':
    case 'copyScript':
      return isDraft(raw.draft) ? { type: raw.type, draft: raw.draft } : undefined;
    default:
      return undefined;
  }
}

/** Validates a message from the extension (the webview trusts nothing either). */
export function parseHostMessage(raw: unknown): HostMessage | undefined {
  if (!isRecord(raw) || typeof raw.type !== 'string') return undefined;
  switch (raw.type) {
    case 'init':
      return isDraft(raw.draft) && (raw.saved === null || isDraft(raw.saved)) && Array.isArray(raw.templates) && isTemplateId(raw.template)
        ? { type: 'init', draft: raw.draft, saved: raw.saved as Draft | null, template: raw.template,
            ...(typeof raw.problem === 'string' ? { problem: raw.problem.slice(0, 2000) } : {}),
            ...(raw.switched === true ? { switched: true } : {}),
            templates: raw.templates.filter((t): t is TemplateChoice => isRecord(t) && isTemplateId(t.id) && typeof t.name === 'string') }
        : undefined;
    case 'preview':
      return typeof raw.html === 'string' && Array.isArray(raw.cards)
        ? { type: 'preview', html: raw.html, error: typeof raw.error === 'string' ? raw.error : undefined,
            cards: raw.cards.filter((c): c is RehearsalCard => isRecord(c) && typeof c.objection === 'string' && typeof c.objectionHtml === 'string' && typeof c.answerHtml === 'string') }
        : undefined;
    case 'saved':
      return isDraft(raw.saved) ? { type: 'saved', saved: raw.saved } : undefined;
    case 'status':
      return typeof raw.message === 'string' && (raw.kind === 'info' || raw.kind === 'error') ? { type: 'status', message: raw.message, kind: raw.kind } : undefined;
    default:
      return undefined;
  }
}
