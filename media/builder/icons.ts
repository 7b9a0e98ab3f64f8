/** The codicons the Builder shows, drawn inline from @vscode/codicons' source SVGs (see codiconPaths
 *  in scripts/build.mjs): the same shapes as VS Code's own icons, in the text colour of the theme. */
import account from 'codicon:account';
import arrowRight from 'codicon:arrow-right';
import arrowSwap from 'codicon:arrow-swap';
import check from 'codicon:check';
import circleLarge from 'codicon:circle-large';
import commentDiscussion from 'codicon:comment-discussion';
import copy from 'codicon:copy';
import debugPause from 'codicon:debug-pause';
import debugRestart from 'codicon:debug-restart';
import edit from 'codicon:edit';
import eye from 'codicon:eye';
import eyeClosed from 'codicon:eye-closed';
import goToFile from 'codicon:go-to-file';
import lightbulb from 'codicon:lightbulb';
import megaphone from 'codicon:megaphone';
import mic from 'codicon:mic';
import organization from 'codicon:organization';
import pass from 'codicon:pass';
import person from 'codicon:person';
import play from 'codicon:play';
import save from 'codicon:save';
import sparkle from 'codicon:sparkle';
import warning from 'codicon:warning';
import watch from 'codicon:watch';

const ICONS = {
  account, 'arrow-right': arrowRight, 'arrow-swap': arrowSwap, check, 'circle-large-outline': circleLarge,
  'comment-discussion': commentDiscussion, copy, 'debug-pause': debugPause, 'debug-restart': debugRestart, edit, eye,
  'eye-closed': eyeClosed, 'go-to-file': goToFile, lightbulb, megaphone, mic, organization, pass, person, play, save,
  sparkle, warning, watch,
};
export type IconName = keyof typeof ICONS;

const SVG = 'http://www.w3.org/2000/svg';

/** A 16×16 icon filled with the current text colour, hidden from screen readers (the label beside it says it). */
export function icon(name: IconName): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  for (const [k, v] of Object.entries({ class: `icon icon-${name}`, viewBox: '0 0 16 16', width: '16', height: '16', fill: 'currentColor', 'aria-hidden': 'true', focusable: 'false' })) svg.setAttribute(k, v);
  for (const p of ICONS[name]) {
    const path = document.createElementNS(SVG, 'path');
    path.setAttribute('d', p.d);
    if (p.evenOdd) { path.setAttribute('fill-rule', 'evenodd'); path.setAttribute('clip-rule', 'evenodd'); }
    svg.append(path);
  }
  return svg;
}
