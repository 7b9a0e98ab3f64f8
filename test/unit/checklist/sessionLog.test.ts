import * as assert from 'assert';
import fc from 'fast-check';
import { appendCheckIn, formatCheckIn, hasCheckIns, lastNextTopic, LOG_TITLE, openActions, type CheckIn } from '../../../src/core/checklist/sessionLog';
import { headings, md } from '../render/helpers';

function entry(patch: Partial<CheckIn> = {}): CheckIn {
  return {
    date: '2026-11-24',
    leader: 'Dana Okafor',
    discussed: 'Splitting the API gateway’s routing rules by bounded context',
    decisions: ['Start with the payments routes', 'Keep one gateway for now'],
    actions: ['Draft the context map', 'Share the load-test numbers'],
    nextTopic: 'Rate limiting per tenant',
    ...patch,
  };
}

suite('session log', () => {
  suite('formatCheckIn', () => {
    test('writes a section with the date, leader, lists and next topic', () => {
      assert.strictEqual(formatCheckIn(entry()), [
        '## 2026-11-24 · Check-in with Dana Okafor',
        '',
        '**Discussed:** Splitting the API gateway’s routing rules by bounded context',
        '',
        '**Decisions:**',
        '- Start with the payments routes',
        '- Keep one gateway for now',
        '',
        '**Actions:**',
        '- [ ] Draft the context map',
        '- [ ] Share the load-test numbers',
        '',
        '**Next topic:** Rate limiting per tenant',
        '',
      ].join('\n'));
    });

    test('empty lists and blank items render as _none_', () => {
      const text = formatCheckIn(entry({ decisions: [], actions: ['  ', '\n'] }));
      assert.match(text, /\*\*Decisions:\*\*\n- _none_\n/);
      assert.match(text, /\*\*Actions:\*\*\n- _none_\n/);
      assert.deepStrictEqual(openActions(text), []);
    });

    test('empty text fields render as _none_, an empty leader drops "with"', () => {
      const text = formatCheckIn(entry({ leader: ' ', discussed: '', nextTopic: '' }));
      assert.match(text, /^## 2026-11-24 · Check-in\n/);
      assert.match(text, /\*\*Discussed:\*\* _none_\n/);
      assert.match(text, /\*\*Next topic:\*\* _none_\n/);
    });

    test('user text cannot break the structure', () => {
      const text = formatCheckIn(entry({
        leader: 'Dana\n## Injected',
        discussed: '<script>alert(1)</script> and **bold**',
        decisions: ['# not a heading', '1. not a list'],
        actions: ['[x] pretend done', 'line one\nline two', '**Next topic:** hijack'],
        nextTopic: '`code` | table',
      }));
      assert.deepStrictEqual(headings(text), [[2, '2026-11-24 · Check-in with Dana ## Injected']]);
      const tokens = md.parse(text, {});
      const inline = tokens.flatMap((t) => t.children ?? []);
      assert.ok(!tokens.some((t) => ['html_block', 'table_open', 'code_block', 'ordered_list_open'].includes(t.type)));
      assert.ok(!inline.some((c) => c.type === 'html_inline' || c.type === 'code_inline'));
      assert.strictEqual(inline.filter((c) => c.type === 'strong_open').length, 4, 'only the four labels are bold');
      assert.strictEqual(tokens.filter((t) => t.type === 'bullet_list_open').length, 2);
      assert.deepStrictEqual(openActions(text).map((a) => a.text), ['[x] pretend done', 'line one line two', '**Next topic:** hijack']);
      assert.strictEqual(lastNextTopic(text), '`code` | table');
    });
  });

  suite('appendCheckIn', () => {
    test('creates the log with a title and an intro line', () => {
      const log = appendCheckIn(undefined, entry());
      const [title, blank, intro, blank2, ...rest] = log.split('\n');
      assert.strictEqual(title, `# ${LOG_TITLE}`);
      assert.strictEqual(blank, '');
      assert.ok(intro && intro.length > 0 && !intro.startsWith('#'));
      assert.strictEqual(blank2, '');
      assert.strictEqual(rest.join('\n'), formatCheckIn(entry()));
      assert.strictEqual(appendCheckIn('', entry()), log, 'an empty file counts as missing');
      assert.strictEqual(appendCheckIn(' \n\n', entry()), log, 'so does a blank one');
    });

    test('append twice, then parse', () => {
      const first = appendCheckIn(undefined, entry());
      const log = appendCheckIn(first, entry({ date: '2026-12-08', actions: ['Book the design review'], nextTopic: 'Migration plan' }));
      assert.ok(log.startsWith(first), 'existing text is kept byte for byte');
      assert.ok(log.includes('- [ ] Share the load-test numbers\n\n**Next topic:** Rate limiting per tenant\n\n## 2026-12-08 · Check-in with Dana Okafor\n'));
      assert.ok(!/\n\n\n/.test(log), 'never two blank lines in a row');
      assert.deepStrictEqual(openActions(log), [
        { text: 'Draft the context map', date: '2026-11-24' },
        { text: 'Share the load-test numbers', date: '2026-11-24' },
        { text: 'Book the design review', date: '2026-12-08' },
      ]);
      assert.strictEqual(lastNextTopic(log), 'Migration plan');
      assert.deepStrictEqual(headings(log).map(([level]) => level), [1, 2, 2]);
    });

    test('exactly one blank line before the new entry, whatever the file ends with', () => {
      const formatted = formatCheckIn(entry());
      for (const [existing, separator] of [
        ['# Log\nlast line', '\n\n'],
        ['# Log\nlast line\n', '\n'],
        ['# Log\nlast line\n\n', ''],
        ['# Log\nlast line\n  ', '\n'],
        ['# Log\nlast line\n\n\n', ''],
      ] as const) {
        assert.strictEqual(appendCheckIn(existing, entry()), existing + separator + formatted, JSON.stringify(existing));
      }
    });

    test('a CRLF log gets a CRLF entry', () => {
      const existing = '# Mentorship log\r\n\r\nMy notes\r\n';
      const log = appendCheckIn(existing, entry());
      assert.ok(log.startsWith(existing));
      assert.strictEqual(log.slice(existing.length), '\r\n' + formatCheckIn(entry()).replace(/\n/g, '\r\n'));
      assert.ok(!/(?<!\r)\n/.test(log), 'no bare LF');
      assert.strictEqual(openActions(log).length, 2);
    });
  });

  suite('openActions and lastNextTopic', () => {
    test('ticked actions are not carried over', () => {
      const log = appendCheckIn(undefined, entry()).replace('- [ ] Draft the context map', '- [x] Draft the context map');
      assert.deepStrictEqual(openActions(log), [{ text: 'Share the load-test numbers', date: '2026-11-24' }]);
      assert.deepStrictEqual(openActions(log.replace('- [ ] Share', '- [X] Share')), []);
    });

    test('only tasks under **Actions:** count, not decisions or notes', () => {
      const log = [
        '## 2026-11-24 · Check-in',
        '- [ ] a loose task before any label',
        '**Decisions:**',
        '- [ ] a decision written as a task',
        '**Actions:**',
        '- [ ] real action',
        '',
        'A note in between.',
        '  - [ ] nested action',
        '**Next topic:** x',
        '- [ ] after the next topic',
      ].join('\n');
      assert.deepStrictEqual(openActions(log).map((a) => a.text), ['real action', 'nested action']);
    });

    test('a hand-edited log with extra text, CRLF and shuffled entries still parses', () => {
      const log = [
        '# Mentorship log',
        'Some words I added.',
        '',
        '## 2026-12-08 — second one, typed by hand',
        '**Actions**:',
        '* [ ] Send the RFC',
        '**Next topic:** Observability budget',
        '',
        '## 2026-11-24 · Check-in with Dana Okafor',
        '',
        '**Discussed:** things',
        '',
        '**Actions:**',
        '- [ ] Draft the context map',
        '- [x] Done already',
        '',
        '### My own notes',
        '- [ ] a task under my notes heading',
        '',
        '**Next topic:** Rate limiting',
        '',
        '## Ideas (no date)',
        '**Actions:**',
        '- [ ] not a check-in',
        '**Next topic:** not this one',
        '```',
        '## 2027-01-01 inside a code block',
        '```',
      ].join('\r\n');
      assert.deepStrictEqual(openActions(log), [
        { text: 'Draft the context map', date: '2026-11-24' },
        { text: 'Send the RFC', date: '2026-12-08' },
      ]);
      assert.strictEqual(lastNextTopic(log), 'Observability budget');
    });

    test('escapes are removed from what is read back', () => {
      const log = appendCheckIn(undefined, entry({ actions: ['Fix snake_case & _private_ names <soon>', '- dash first', '#1 priority'], nextTopic: '*Event* sourcing' }));
      assert.deepStrictEqual(openActions(log).map((a) => a.text), ['Fix snake_case & _private_ names <soon>', '- dash first', '#1 priority']);
      assert.strictEqual(lastNextTopic(log), '*Event* sourcing');
    });

    test('lastNextTopic: the latest entry that names one; _none_ and empty mean none', () => {
      const log = appendCheckIn(appendCheckIn(undefined, entry()), entry({ date: '2026-12-08', nextTopic: '' }));
      assert.strictEqual(lastNextTopic(log), undefined);
      assert.strictEqual(lastNextTopic(appendCheckIn(undefined, entry())), 'Rate limiting per tenant');
      assert.strictEqual(lastNextTopic('## 2026-11-24\n**Next topic:**\n'), undefined);
      assert.strictEqual(lastNextTopic('## 2026-11-24\n**Next topic:** a\n## 2026-12-01\nno topic line here'), 'a');
    });

    test('empty and missing logs', () => {
      assert.deepStrictEqual(openActions(''), []);
      assert.strictEqual(lastNextTopic(''), undefined);
      assert.deepStrictEqual(openActions('# Mentorship log\n\nNothing yet.\n'), []);
    });

    test('property: never throws on garbage', () => {
      const piece = fc.oneof(
        fc.constantFrom('## ', '## 2026-11-24', '# ', '**Actions:**', '**Next topic:**', '- [ ] ', '- [x] ', '* [ ]', '```', '~~~', '\n', '\r\n', '\r', ' ', '\\', '_none_'),
        fc.string({ unit: 'grapheme', maxLength: 10 }),
        fc.string({ unit: 'binary', maxLength: 10 }),
      );
      fc.assert(fc.property(fc.array(piece, { maxLength: 40 }).map((p) => p.join('')), (log) => {
        for (const a of openActions(log)) assert.match(a.date, /^\d{4}-\d{2}-\d{2}$/);
        const topic = lastNextTopic(log);
        assert.ok(topic === undefined || typeof topic === 'string');
      }), { numRuns: 2000 });
    });

    test('property: actions and the next topic survive append → parse, as one trimmed line', () => {
      const text = fc.string({ unit: 'grapheme', maxLength: 30 });
      // What inlineMarkdown keeps of the text: no control characters, one line, trimmed.
      // eslint-disable-next-line no-control-regex
      const oneLine = (s: string) => s.replace(/[\u0000-\u0008\u000e-\u001f\u007f]/g, '').replace(/[\r\n\u2028\u2029\u0085\v\f]+/g, ' ').replace(/[\t ]+/g, ' ').trim();
      fc.assert(fc.property(fc.array(fc.record({ actions: fc.array(text, { maxLength: 4 }), nextTopic: text, leader: text, discussed: text })), (entries) => {
        let log: string | undefined;
        entries.forEach((e, i) => { log = appendCheckIn(log, entry({ ...e, date: `2026-01-${String(i + 1).padStart(2, '0')}` })); });
        if (log === undefined) return;
        const expected = entries.flatMap((e, i) => e.actions.map(oneLine).filter((a) => a !== '').map((a) => ({ text: a, date: `2026-01-${String(i + 1).padStart(2, '0')}` })));
        assert.deepStrictEqual(openActions(log), expected);
        const last = oneLine(entries[entries.length - 1]!.nextTopic);
        assert.strictEqual(lastNextTopic(log), last === '' ? undefined : last);
      }), { numRuns: 300 });
    });
  });
});

suite('Session log: whether there is an entry yet', () => {
  test('a new log has none; one appended entry counts; a dated-looking level-3 heading does not', () => {
    const entry = { date: '2026-11-24', leader: 'Dana', discussed: 'x', decisions: [], actions: [], nextTopic: 'y' };
    assert.strictEqual(hasCheckIns('# Mentorship log\n\nIntro.\n'), false);
    assert.strictEqual(hasCheckIns('### 2026-11-24 notes\n'), false);
    assert.strictEqual(hasCheckIns(appendCheckIn(undefined, entry)), true);
  });
});
