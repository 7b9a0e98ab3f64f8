import * as vscode from 'vscode';

/** A built-in template's name in the display language (the English name is in its front matter);
 *  `fallback` for any other id. */
export function builtinTemplateName(id: string, fallback: string): string {
  switch (id) {
    case 'async-update': return vscode.l10n.t('Async update');
    case 'brief': return vscode.l10n.t('Night-before brief');
    case 'first-checkin': return vscode.l10n.t('First check-in agenda');
    case 'manager-first': return vscode.l10n.t('Manager first');
    case 'next-checkin': return vscode.l10n.t('Next check-in agenda');
    case 'no-reply': return vscode.l10n.t('Reply to a no');
    case 'objections': return vscode.l10n.t('Objection cards');
    case 'one-pager': return vscode.l10n.t('One-pager');
    case 'prep-doc': return vscode.l10n.t('Full prep doc');
    case 'request-meeting': return vscode.l10n.t('Meeting request');
    case 'script': return vscode.l10n.t('Script');
    case 'thank-you': return vscode.l10n.t('Thank-you note');
    default: return fallback;
  }
}
