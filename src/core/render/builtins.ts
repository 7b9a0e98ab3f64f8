// The built-in templates: their text, checked at build time (scripts/handlebars-precompile.mjs) and compiled at first render.
import prepDoc from '../../../templates/prep-doc.hbs';
import script from '../../../templates/script.hbs';
import objections from '../../../templates/objections.hbs';
import thankYou from '../../../templates/thank-you.hbs';
import firstCheckin from '../../../templates/first-checkin.hbs';
import asyncUpdate from '../../../templates/async-update.hbs';
import nextCheckin from '../../../templates/next-checkin.hbs';
import requestMeeting from '../../../templates/request-meeting.hbs';
import managerFirst from '../../../templates/manager-first.hbs';
import onePager from '../../../templates/one-pager.hbs';
import brief from '../../../templates/brief.hbs';
import noReply from '../../../templates/no-reply.hbs';
import greeting from '../../../templates/partials/greeting.hbs';
import signoff from '../../../templates/partials/signoff.hbs';
import after from '../../../templates/partials/after.hbs';
import ask from '../../../templates/partials/ask.hbs';
import checklist from '../../../templates/partials/checklist.hbs';
import nuance from '../../../templates/partials/nuance.hbs';
import objectionsPartial from '../../../templates/partials/objections.hbs';
import objection from '../../../templates/partials/objection.hbs';
import said from '../../../templates/partials/said.hbs';
import research from '../../../templates/partials/research.hbs';
import resistance from '../../../templates/partials/resistance.hbs';
import scriptPartial from '../../../templates/partials/script.hbs';
import terms from '../../../templates/partials/terms.hbs';

export const BUILTIN_TEMPLATES = {
  'prep-doc': prepDoc,
  script,
  objections,
  'thank-you': thankYou,
  'first-checkin': firstCheckin,
  'async-update': asyncUpdate,
  'next-checkin': nextCheckin,
  // What the user sends and says around the meeting (issue 12).
  'request-meeting': requestMeeting,
  'manager-first': managerFirst,
  'one-pager': onePager,
  brief,
  'no-reply': noReply,
} as const;

export type BuiltinTemplateId = keyof typeof BUILTIN_TEMPLATES;

export const BUILTIN_PARTIALS = {
  after, ask, checklist, nuance, objection, objections: objectionsPartial, research, resistance, said, script: scriptPartial, terms, greeting, signoff,
} as const;

/** Level-2 headings every full prep doc has, in order (tests and the checklist sync rely on them). */
export const PREP_DOC_SECTIONS = [
  'The ask in one paragraph',
  'The script',
  'Why leaders hesitate, and what to do about it',
  'Objections and answers',
  'Your relationship and the culture',
  'Research before the meeting',
  'Vocabulary for this conversation',
  'After the meeting',
  'Prep checklist',
] as const;
