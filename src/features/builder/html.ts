// The Prep Builder page. No 'vscode' import: unit-tested in plain Node and reused by the
// real-browser test of the webview script.

export interface BuilderPageOptions {
  /** webview.cspSource */
  cspSource: string;
  /** A fresh random nonce for this render. */
  nonce: string;
  scriptUri: string;
  styleUri: string;
  /** Initial state, placed in an escaped data- attribute (never in a script). */
  initial: unknown;
  /** The page's labels translated by the extension host: English message → display-language
   *  message (vscode.l10n's bundle), in an escaped data- attribute. Absent or empty: English. */
  l10n?: Readonly<Record<string, string>>;
  /** The display language (vscode.env.language), for `<html lang>`; English by default. */
  lang?: string;
  /** The page title, translated; "Prep Builder" by default. */
  title?: string;
}

export function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** 32 characters from a CSPRNG; `crypto.getRandomValues` exists in Node, browsers and workers. */
export function createNonce(): string {
  const bytes = new Uint8Array(24);
  globalThis.crypto.getRandomValues(bytes);
  let s = '';
  for (const b of bytes) s += 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'[b & 63];
  return s;
}

export function buildBuilderHtml(o: BuilderPageOptions): string {
  const csp = [
    "default-src 'none'",
    `style-src ${o.cspSource}`,
    `img-src ${o.cspSource} data:`,
    `script-src 'nonce-${o.nonce}'`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="${escapeAttribute(o.lang ?? 'en')}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${escapeAttribute(o.styleUri)}">
<title>${escapeAttribute(o.title ?? 'Prep Builder')}</title>
</head>
<body>
<div id="app" data-initial="${escapeAttribute(JSON.stringify(o.initial ?? null))}" data-l10n="${escapeAttribute(JSON.stringify(o.l10n ?? {}))}"></div>
<script nonce="${o.nonce}" src="${escapeAttribute(o.scriptUri)}"></script>
</body>
</html>`;
}
