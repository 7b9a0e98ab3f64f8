// Shapes no document may have, for every relationship and organization: doubled punctuation, two
// colons on a line, parentheses inside parentheses, nested emphasis in an italic line, a blank
// line inside a list, a "Label: value." line where a phrase belongs.
import * as assert from 'assert';
import { exampleWith, render } from './helpers';

/** A formal, indirect, hierarchical CTO who led the move to a modular monolith and said “let me see”. */
const cto = (patch: Record<string, unknown> = {}) => exampleWith({
  leader: { name: 'Dr. Klaus Hoffmann', addressAs: 'Dr. Hoffmann', role: 'CTO', initiative: 'The move of the core banking platform to a modular monolith.', expertise: 'Domain-driven design for regulated systems' },
  challenge: 'Our three product teams each built their own integration to SAP and nobody owns the contracts.',
  expertiseApplied: 'how to draw ownership boundaries for shared integration contracts in his team\'s platform',
  valueYouBring: 'a tenancy and data-isolation review of his team\'s new collections service',
  relationship: 'executive', organization: 'enterprise', tone: 'formal',
  culture: { communication: 'indirect', hierarchy: 'hierarchical' },
  firstResponse: 'noncommittal', firstResponseWords: 'Interesting idea, let me see what I can do.',
  ...patch,
});
/** Direct, flat, concise, cross-team, "revisit after the Q3 launch". */
const crossTeam = () => cto({ culture: { communication: 'direct', hierarchy: 'flat' }, relationship: 'cross-team', organization: 'scale-up', tone: 'concise', firstResponse: 'not-now', firstResponseWords: 'Let\'s revisit after the Q3 launch.', cadence: 'biweekly', format: 'meetings' });
/** A former manager, no time, as-needed and async. */
const written = () => exampleWith({ relationship: 'former-manager', firstResponse: 'no-time', cadence: 'as-needed', format: 'async', sessionMinutes: 15, tone: 'concise', culture: { communication: 'direct', hierarchy: 'flat' }, leader: { addressAs: 'James' } });

suite('Punctuation and Markdown: what every document avoids', () => {
  test('the thank-you list has no blank line inside it', () => {
    const note = render('thank-you', exampleWith({}));
    assert.doesNotMatch(note, /^- .+\n\n- \*\*After three months/m);
  });

  test('a line wholly in italics holds no inner asterisk (nested emphasis breaks it)', () => {
    for (const input of [cto(), crossTeam(), written(), exampleWith({ relationship: 'skip-level' })]) {
      for (const id of ['prep-doc', 'script', 'request-meeting', 'brief']) {
        for (const line of render(id, input).split('\n')) {
          const m = /^\*([^*].*[^*])\*$/.exec(line);
          if (m) assert.doesNotMatch(m[1]!, /(?:^|\s)\*\S|\S\*(?:\s|$)/, `${id}: ${line}`);
        }
      }
    }
  });

  test('no "Relationship: an executive." label; the relationship reads as a phrase', () => {
    const doc = render('prep-doc', cto());
    assert.doesNotMatch(doc, /Relationship: an|relationship: an/);
    assert.match(doc, /Leader: Dr\. Klaus Hoffmann \(CTO\), an executive\./);
  });

  test('no heading or line with two colons, and no parentheses inside parentheses', () => {
    for (const organization of ['startup', 'scale-up', 'enterprise', 'public-sector', 'nonprofit']) {
      for (const firstResponse of ['ask-your-manager', 'no-time']) {
        const input = exampleWith({ organization, firstResponse, format: 'async', cadence: 'weekly' });
        for (const id of ['prep-doc', 'one-pager', 'manager-first']) {
          for (const line of render(id, input).split('\n')) {
            if (/^#{2,4} /.test(line)) assert.ok((line.match(/: /g) ?? []).length <= 1, `${id}: ${line}`);
            assert.doesNotMatch(line, /\([^()]*\([^()]*\)[^()]*\)/, `${id}: ${line}`);
          }
        }
        assert.doesNotMatch(render('one-pager', input), /cares about most: [^.\n]*: /);
      }
    }
  });

  test('no doubled punctuation anywhere in the documents, for every relationship and organization', () => {
    for (const relationship of ['executive', 'skip-level', 'cross-team', 'former-manager']) for (const organization of ['enterprise', 'startup', 'public-sector']) {
      for (const id of ['prep-doc', 'script', 'brief', 'request-meeting', 'manager-first', 'one-pager', 'thank-you', 'no-reply']) {
        assert.doesNotMatch(render(id, exampleWith({ relationship, organization })), /,,|\.\.(?!\.)|;;|,\.|\s,/, `${id} ${relationship} ${organization}`);
      }
    }
  });
});
