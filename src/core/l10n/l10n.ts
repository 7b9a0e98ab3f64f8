// Translation for code that cannot import 'vscode' (core/, the webview script). Core functions take
// an `l10n` parameter with the shape of `vscode.l10n` and call `l10n.t(<English message literal>, …args)`,
// so the messages are found by the l10n export and the completeness test like any other; the
// feature layer passes `vscode.l10n`, the webview a table the extension host translated for it.

export type L10nArg = string | number | boolean;

/** The part of `vscode.l10n` core code uses. */
export interface L10n {
  t(message: string, ...args: L10nArg[]): string;
}

/** Replaces {0}, {1}, … with the arguments, as vscode.l10n.t does; unknown indexes stay as they are. */
export function formatMessage(template: string, args: readonly L10nArg[]): string {
  return template.replace(/\{(\d+)\}/g, (whole, i: string) => (Number(i) < args.length ? String(args[Number(i)]) : whole));
}

/** The source language: each message is its own translation. */
export const english: L10n = { t: (message, ...args) => formatMessage(message, args) };

/** Translates with a table of English message → translated message (a bundle), falling back to
 *  the English message for anything the table lacks. */
export function l10nFromTable(table: Readonly<Record<string, string>> | undefined): L10n {
  return {
    t: (message, ...args) => {
      const translated = table && Object.prototype.hasOwnProperty.call(table, message) ? table[message] : undefined;
      return formatMessage(typeof translated === 'string' ? translated : message, args);
    },
  };
}
