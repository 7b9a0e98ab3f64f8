// What the second fresh reader found, each pinned: optional answers left out never put a
// [fill in] prompt into a spoken line; their written words win over the picked answer; a
// claim about your manager is guarded.
import * as assert from 'assert';
import { exampleWith, render } from './helpers';

const spoken = (doc: string) => doc.split('\n').filter((l) => l.startsWith('> **You:**'));

suite('Second reader: sayable lines with optional answers missing', () => {
  test('no expertiseApplied or initiative: the script, brief and one-pager say nothing in brackets', () => {
    const input = exampleWith({ expertiseApplied: '', leader: { name: 'Dana Okafor', role: 'CTO', expertise: 'scaling Postgres' } });
    for (const line of spoken(render('script', input))) assert.ok(!line.includes('[fill in'), line);
    const brief = render('brief', input);
    const bridge = brief.split('\n').find((l) => l.includes('The bridge'))!;
    assert.ok(bridge && !bridge.includes('[fill in'), bridge);
    const pager = render('one-pager', input);
    assert.ok(!/\[fill in: a project or initiative/.test(pager), 'the one-pager drops the initiative clause');
  });

  test('a written no is read as a no when no answer is picked; a picked answer wins over the words (issue 21)', () => {
    const read = render('script', exampleWith({ firstResponseWords: 'I have to decline; I cannot take on mentoring this year.' }));
    assert.doesNotMatch(read, /never answered/);
    assert.match(read, /already said no/);
    const picked = render('script', exampleWith({ firstResponse: 'no-reply', firstResponseWords: 'I have to decline; I cannot take on mentoring this year.' }));
    assert.match(picked, /never answered/);
    assert.doesNotMatch(picked, /already said no/);
  });

  test('“my manager supports it” is a line to add once that conversation has happened, never said unasked', () => {
    const script = render('script', exampleWith({ relationship: 'executive', culture: { communication: 'direct', hierarchy: 'hierarchical' } }));
    assert.ok(script.includes('discussed this with my manager') || script.includes('talked this through with my manager') || script.includes('My manager knows and supports'), 'the line is there');
    assert.match(script, /^\*If your manager already knows, add: “[^”]*my manager[^”]*”/m, 'offered as a line to add, outside what is said');
    assert.doesNotMatch(script, /^> \*\*You:\*\* “[^\n]*my manager (?:knows|first)/m, 'never inside a spoken line');
  });
});
