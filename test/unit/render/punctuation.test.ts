// Shapes no document may have, for every relationship and organization: doubled punctuation, two
// colons on a line, parentheses inside parentheses, nested emphasis in an italic line, a blank
// line inside a list, a "Label: value." line where a phrase belongs.
import * as assert from 'assert';
import { exampleWith, render, cto, crossTeam, written } from './helpers';


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
