/**
 * Markdown → plain text for email and chat: what a reader sees in the preview, without the syntax
 * that pastes badly into Outlook, Gmail or Slack. Read by markdown-it's parser (the same reading as
 * the preview), never by regexes over the Markdown, so escapes, emphasis and links are undone
 * exactly where the renderer would undo them.
 *
 * - Headings, paragraphs and quotes become plain lines (no `#`, `**`, `>`); quoted speech keeps its
 *   quotation marks, which are text.
 * - Lists stay lists: "- " for bullets, "1." for numbered items, nested items indented.
 * - Task boxes go: "[ ] Book the 1:1" becomes "- Book the 1:1", a ticked one "- Book the 1:1 (done)".
 * - Links keep their text, with the address in parentheses when it differs from the text.
 * - Tables become one line per row, cells separated by " | ", without the delimiter row.
 */
import type MarkdownIt from 'markdown-it';
import { previewParser } from '../markdown/html';
import { trimLineEnds } from './trim';

type Token = ReturnType<MarkdownIt['parse']>[number];

interface Node { token: Token; children: Node[] }

export function toPlainText(markdown: string): string {
  const tree = nest(previewParser().parse(markdown, {}));
  return trimLineEnds(blocks(tree, false).join('\n\n')).trim() + '\n';
}

/** Open/close pairs become nodes holding what lies between them; other tokens are leaves. */
function nest(tokens: readonly Token[]): Node[] {
  const root: Node[] = [];
  const stack: Node[][] = [root];
  for (const token of tokens) {
    const top = stack[stack.length - 1]!;
    if (token.nesting === 1) {
      const node: Node = { token, children: [] };
      top.push(node);
      stack.push(node.children);
    } else if (token.nesting === -1) {
      if (stack.length > 1) stack.pop();
    } else {
      top.push({ token, children: [] });
    }
  }
  return root;
}

/** Each block as text; `tight` joins a tight list item's paragraphs line by line. */
function blocks(nodes: readonly Node[], tight: boolean): string[] {
  const out: string[] = [];
  for (const node of nodes) {
    const text = block(node);
    if (text === undefined) continue;
    if (tight && out.length) out[out.length - 1] += `\n${text}`;
    else out.push(text);
  }
  return out;
}

function block(node: Node): string | undefined {
  const { token } = node;
  switch (token.type) {
    case 'paragraph_open':
    case 'heading_open':
      return node.children.map((c) => inline(c.token)).join('');
    case 'blockquote_open':
      return blocks(node.children, false).join('\n\n');
    case 'bullet_list_open':
    case 'ordered_list_open':
      return list(node);
    case 'table_open':
      return table(node);
    case 'fence':
    case 'code_block':
      return token.content.replace(/\n$/, '');
    case 'html_block':
      return token.content.replace(/\n$/, '');
    case 'hr':
      return undefined;
    case 'inline':
      return inline(token);
    default:
      return node.children.length ? blocks(node.children, false).join('\n\n') : undefined;
  }
}

const TASK_BOX = /^\[([ xX])\] /;

function list(node: Node): string {
  const ordered = node.token.type === 'ordered_list_open';
  let n = ordered ? Number(node.token.attrGet('start') ?? 1) : 0;
  const items = node.children.filter((c) => c.token.type === 'list_item_open');
  // markdown-it hides the paragraphs of a tight list; a loose list keeps a blank line between items.
  const tight = items.every((item) => item.children.every((c) => c.token.type !== 'paragraph_open' || c.token.hidden));
  const lines = items.map((item) => {
    let text = blocks(item.children, tight).join('\n\n');
    const box = TASK_BOX.exec(text);
    if (box) text = text.slice(box[0].length) + (box[1] === ' ' ? '' : ' (done)');
    const marker = ordered ? `${n++}. ` : '- ';
    const pad = ' '.repeat(marker.length);
    return marker + text.split('\n').map((line, i) => (i === 0 || line === '' ? line : pad + line)).join('\n');
  });
  return lines.join(tight ? '\n' : '\n\n');
}

function table(node: Node): string {
  const rows: string[] = [];
  const walk = (nodes: readonly Node[]) => {
    for (const n of nodes) {
      if (n.token.type === 'tr_open') {
        const cells = n.children.map((cell) => cell.children.map((c) => inline(c.token)).join('').trim());
        while (cells.length > 1 && cells[cells.length - 1] === '') cells.pop();
        rows.push(cells.join(' | '));
      } else {
        walk(n.children);
      }
    }
  };
  walk(node.children);
  return rows.join('\n');
}

/** An inline token's visible text: emphasis dropped, escapes and entities already undone by the parser. */
function inline(token: Token): string {
  if (token.type !== 'inline') return '';
  let out = '';
  let href: string | undefined;
  let linkText = '';
  for (const c of token.children ?? []) {
    let piece = '';
    switch (c.type) {
      case 'text': case 'code_inline': case 'html_inline': piece = c.content; break;
      case 'softbreak': case 'hardbreak': piece = '\n'; break;
      case 'image': piece = c.content; break;
      case 'link_open': href = c.attrGet('href') ?? ''; linkText = ''; break;
      case 'link_close':
        if (href && !sameAddress(href, linkText)) piece = ` (${href})`;
        href = undefined;
        break;
      default: break; // strong, em, s: the words stay, the markers go
    }
    if (href !== undefined) linkText += piece;
    out += piece;
  }
  return out;
}

/** A link whose text is its address (an autolink) says it once: the address as the preview writes it
 *  percent-encodes what the text shows as typed ("münchen", "ü" in a path). */
function sameAddress(href: string, text: string): boolean {
  let decoded = href;
  try { decoded = decodeURI(href); } catch { /* a stray % stays as it is */ }
  return [href, decoded].some((h) => h === text || h === `mailto:${text}`);
}
