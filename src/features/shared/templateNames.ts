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

/** A built-in template's one-line description in the display language; `fallback` for any other id. */
export function builtinTemplateDescription(id: string, fallback: string): string {
  switch (id) {
    case 'async-update': return vscode.l10n.t('A short written update to send between sessions with the context, what changed, one clear question, a deadline and what you will do with the answer.');
    case 'brief': return vscode.l10n.t('One printed page for the night before the meeting, with the opening line, the 30-second ask, the bridge, the three objections most likely given what they said first, the walk-away line and what to do in the pause.');
    case 'first-checkin': return vscode.l10n.t('A timed agenda for the first mentoring session, with the pre-read to send, the decision to bring and the summary to send afterwards.');
    case 'manager-first': return vscode.l10n.t('What to say to your own manager before you approach the leader, a short script plus the questions they are likely to ask and how to answer them.');
    case 'next-checkin': return vscode.l10n.t('The agenda for your next session, built from the session log, with every open action carried forward and the topic you agreed on last time.');
    case 'no-reply': return vscode.l10n.t('The gracious reply to a clear no or a not now, with thanks, a door left open and a request for a referral.');
    case 'objections': return vscode.l10n.t('One card per objection a senior leader is likely to raise, with what it usually means and a calm answer in your chosen tone.');
    case 'one-pager': return vscode.l10n.t('The one-page proposal you send the leader a day or two before the meeting, with the problem, why them, the ask, what each side does and what success looks like.');
    case 'prep-doc': return vscode.l10n.t('Everything for the second conversation in one document, from the one-paragraph ask and the script to objection answers, cultural nuance, follow-up and a prep checklist.');
    case 'request-meeting': return vscode.l10n.t('The short email or chat message that asks for the second conversation, with a subject line, a one-line purpose, the length and no pressure.');
    case 'script': return vscode.l10n.t('The word-for-word script for the second ask, followed by answers to the objections a senior leader is likely to raise.');
    case 'thank-you': return vscode.l10n.t('A ready-to-send thank-you and follow-up note for the day of the meeting that confirms the agreed rhythm and the first topic.');
    default: return fallback;
  }
}
