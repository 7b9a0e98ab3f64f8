import type MarkdownIt from 'markdown-it';
import { markdownIt } from '../libraries';

// The Prep Builder's preview and rehearsal cards as HTML, rendered here in the extension host
// (which has markdown-it for the documents anyway) rather than in the webview, whose script then
// carries no Markdown parser (120 KB less to load each time the panel opens).

let parser: MarkdownIt | undefined;
/** markdown-it as the preview reads a document: raw HTML, linkify and typographer off. One instance
 *  (it keeps no state between documents) for the preview here and for plain text (render/plainText.ts). */
export const previewParser = (): MarkdownIt => (parser ??= new (markdownIt())('default', { html: false, linkify: false, typographer: false }));

/** A document as HTML. Raw HTML is off: whatever the user typed stays text ("<img …>" is escaped). */
export function markdownToHtml(markdown: string): string {
  return previewParser().render(markdown);
}

/** One line (an objection card's heading) as inline HTML, escaped the same way. */
export function markdownInlineToHtml(markdown: string): string {
  return previewParser().renderInline(markdown);
}
