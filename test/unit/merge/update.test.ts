import * as assert from 'assert';
import fc from 'fast-check';
import { exampleWith, render } from '../render/helpers';
import { hasConflictMarkers, lineTokens, mergeUpdate, sentenceTokens } from '../../../src/core/merge/update';

const LABELS = { mine: 'Your version', theirs: 'New version' };
const formal = render('prep-doc', exampleWith({ tone: 'formal' }));
const warm = render('prep-doc', exampleWith({ tone: 'warm' }));
const formalScript = render('script', exampleWith({ tone: 'formal' }));
const warmScript = render('script', exampleWith({ tone: 'warm' }));

/** Index of the lines that `a` and `b` hold at the same place (the renders keep their line count). */
function aligned(a: string[], b: string[], same: boolean): number[] {
  assert.strictEqual(a.length, b.length, 'a change of tone keeps the line count');
  return a.map((_, i) => i).filter((i) => (a[i] === b[i]) === same);
}

suite('merge: update keeping the user’s edits', () => {
  test('two edited lines stay and the rest follows the new tone', () => {
    const base = lineTokens(formal);
    const theirs = lineTokens(warm);
    const paragraphs = aligned(base, theirs, true).filter((i) => base[i]!.length > 80 && !base[i]!.startsWith('#'));
    const [first, second] = [paragraphs[2]!, paragraphs[10]!];
    const mine = [...base];
    mine[first] = 'My own words for this paragraph, as I will say them.\n';
    mine[second] = base[second]!.replace(/\n$/, ' I added this sentence myself.\n');
    const expected = [...theirs];
    expected[first] = mine[first]!;
    expected[second] = mine[second]!;

    const merged = mergeUpdate(formal, mine.join(''), warm, LABELS);
    assert.strictEqual(merged.conflicts, 0);
    assert.strictEqual(merged.text, expected.join(''));
    assert.notStrictEqual(merged.text, mine.join(''), 'the new tone came in');
  });

  test('an edited sentence that the new render also changes is a conflict, with both versions shown', () => {
    const base = lineTokens(formal);
    const theirs = lineTokens(warm);
    const changed = aligned(base, theirs, false);
    const line = changed.find((i) => sentenceTokens(base[i]!).some((s) => s.length > 20 && !theirs[i]!.includes(s)))!;
    assert.ok(line !== undefined, 'the tone changes a sentence');
    const sentence = sentenceTokens(base[line]!).find((s) => s.length > 20 && !theirs[line]!.includes(s))!;
    const mine = [...base];
    mine[line] = base[line]!.replace(sentence, `${sentence.trimEnd()} (my note) `.replace(/ $/, sentence.endsWith(' ') ? ' ' : ''));

    const merged = mergeUpdate(formal, mine.join(''), warm, LABELS);
    assert.strictEqual(merged.conflicts, 1);
    assert.ok(hasConflictMarkers(merged.text));
    const block = merged.text.slice(merged.text.indexOf('<<<<<<< Your version\n'), merged.text.indexOf('>>>>>>> New version\n'));
    assert.ok(block.includes(mine[line]!), 'the user’s line is in the conflict');
    assert.ok(block.includes(`=======\n${theirs[line]}`), 'the new line is in the conflict');
    // Outside the conflict the text is the new render.
    const outside = merged.text.replace(/<<<<<<< Your version\n[\s\S]*?>>>>>>> New version\n/, theirs[line]!);
    assert.strictEqual(outside, warm);
  });

  // The script document: lines of several sentences where a change of tone keeps some (the two-page
  // prep doc has no such line left).
  test('an edited sentence in a line whose other sentences the new render changes merges by sentence', () => {
    const base = lineTokens(formalScript);
    const theirs = lineTokens(warmScript);
    // A kept sentence whose neighbours are kept too: an edit right next to a changed sentence is a
    // conflict by design (no unchanged text between the two changes), as in any three-way merge.
    const keptAlone = (i: number): string | undefined => {
      const ours = sentenceTokens(base[i]!);
      const them = sentenceTokens(theirs[i]!);
      if (ours.length !== them.length || !ours.some((s, k) => s !== them[k])) return undefined;
      return ours.find((s, k) => s.length > 20 && s === them[k] && ours[k - 1] === them[k - 1] && ours[k + 1] === them[k + 1]);
    };
    const candidates = aligned(base, theirs, false).filter((i) => keptAlone(i) !== undefined);
    assert.ok(candidates.length > 0, 'some line keeps a sentence and changes another');
    const line = candidates[0]!;
    const kept = keptAlone(line)!;
    const edited = kept.replace(/^(\S+)/, '$1 (my word)');
    const mine = [...base];
    mine[line] = base[line]!.replace(kept, edited);

    const merged = mergeUpdate(formalScript, mine.join(''), warmScript, LABELS);
    assert.strictEqual(merged.conflicts, 0);
    const expected = [...theirs];
    expected[line] = theirs[line]!.replace(kept, edited);
    assert.strictEqual(merged.text, expected.join(''));
  });

  test('ticked boxes survive, also on an item the new render rewords', () => {
    const base = lineTokens(formal);
    const boxes = base.map((l, i) => (l.startsWith('- [ ] ') ? i : -1)).filter((i) => i >= 0);
    assert.ok(boxes.length >= 3);
    const mine = [...base];
    for (const i of [boxes[0]!, boxes[2]!]) mine[i] = mine[i]!.replace('- [ ] ', '- [x] ');
    const theirs = lineTokens(warm);
    theirs[boxes[2]!] = theirs[boxes[2]!]!.replace(/\n$/, ' before the meeting\n');

    const merged = lineTokens(mergeUpdate(formal, mine.join(''), theirs.join(''), LABELS).text);
    const expected = [...theirs];
    for (const i of [boxes[0]!, boxes[2]!]) expected[i] = expected[i]!.replace('- [ ] ', '- [x] ');
    assert.deepStrictEqual(merged, expected);
    assert.ok(merged[boxes[2]!]!.startsWith('- [x] ') && merged[boxes[2]!]!.endsWith('before the meeting\n'));
  });

  test('no edits gives the new render; an unchanged render gives the user’s file', () => {
    const edited = formal.replace('## The script', '## My script');
    assert.deepStrictEqual(mergeUpdate(formal, formal, warm, LABELS), { text: warm, conflicts: 0 });
    assert.deepStrictEqual(mergeUpdate(formal, edited, formal, LABELS), { text: edited, conflicts: 0 });
  });

  test('CRLF files keep CRLF; a conflict on a last line without a newline keeps it without one', () => {
    const merged = mergeUpdate('a\nb\nc\n', 'a\r\nB\r\nc\r\n', 'a\nb\nC\n', LABELS);
    assert.deepStrictEqual(merged, { text: 'a\r\nB\r\nC\r\n', conflicts: 0 });
    const conflict = mergeUpdate('a\nb', 'a\nmine', 'a\ntheirs', LABELS);
    assert.deepStrictEqual(conflict, { text: 'a\n<<<<<<< Your version\nmine\n=======\ntheirs\n>>>>>>> New version', conflicts: 1 });
  });

  test('sentence tokens give the text back, and split marks, sentences and newlines', () => {
    const text = '- [x] Book it. Then “wait.” Done\n\nEnd…  next?\nv1.2 stays';
    assert.strictEqual(sentenceTokens(text).join(''), text);
    assert.deepStrictEqual(sentenceTokens(text), ['- [x] ', 'Book it. ', 'Then “wait.” ', 'Done', '\n', '\n', 'End…  ', 'next?', '\n', 'v1.2 stays']);
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('a', ' ', '.', '!', '\n', '- [ ] ', '”', '\t') }), (s) => sentenceTokens(s).join('') === s && lineTokens(s).join('') === s));
  });

  test('property: over random edit scripts, nothing the user wrote is lost (outside or inside conflicts)', () => {
    const renders = [warm, render('prep-doc', exampleWith({ tone: 'concise' })), render('prep-doc', exampleWith({ relationship: 'former-manager', tone: 'warm' }))];
    const edit = fc.record({
      kind: fc.constantFrom('replace', 'insert', 'delete', 'append', 'tick'),
      at: fc.nat(),
    });
    fc.assert(fc.property(fc.array(edit, { minLength: 1, maxLength: 12 }), fc.constantFrom(...renders), (script, theirs) => {
      const lines = lineTokens(formal);
      const added: string[] = [];
      script.forEach(({ kind, at }, k) => {
        const i = at % lines.length;
        const mark = `user-text-${k}-zq`;
        if (kind === 'replace') { lines[i] = `${mark} replaces a line\n`; added.push(mark); }
        if (kind === 'insert') { lines.splice(i, 0, `${mark} is a new line\n`); added.push(mark); }
        if (kind === 'delete' && lines.length > 1) lines.splice(i, 1);
        if (kind === 'append' && lines[i]!.trim()) { lines[i] = lines[i]!.replace(/\n?$/, ` And ${mark}.\n`); added.push(mark); }
        if (kind === 'tick') {
          const box = lines.findIndex((l, j) => j >= i && l.startsWith('- [ ] '));
          if (box >= 0) { lines[box] = lines[box]!.replace('- [ ] ', '- [x] '); added.push(lines[box]!.slice(6).trimEnd()); }
        }
      });
      const mine = lines.join('');
      const merged = mergeUpdate(formal, mine, theirs, LABELS);
      for (const text of added) {
        if (!mine.includes(text)) continue; // a later edit of the user's own replaced it
        assert.ok(merged.text.includes(text), `lost ${JSON.stringify(text)}`);
      }
      // Ticks: a box the user ticked is ticked in the result unless its line is in a conflict or was reworded by the user.
      for (const line of lineTokens(mine).filter((l) => l.startsWith('- [x] '))) {
        const item = line.slice(6);
        if (lineTokens(merged.text).some((l) => l.slice(6) === item)) assert.ok(merged.text.includes(line), `tick lost on ${item}`);
      }
      assert.strictEqual(merged.conflicts > 0, hasConflictMarkers(merged.text));
    }), { numRuns: Number(process.env.FUZZ_RUNS ?? 150) });
  });
});
