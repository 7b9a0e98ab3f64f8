import * as assert from 'assert';
import { builtinGlossary } from '../../../src/core/vocabulary/glossary';
import { inTermContext, termCompletions, typedPrefix } from '../../../src/core/vocabulary/complete';
import { entry } from './helpers';

suite('Vocabulary completion: where terms are offered', () => {
  test('anywhere in Markdown and plain text', () => {
    assert.strictEqual(inTermContext('markdown', '# Title\nWe owe tech'), true);
    assert.strictEqual(inTermContext('plaintext', 'tech'), true);
  });
  test('in line comments of code, not in code or strings', () => {
    assert.strictEqual(inTermContext('typescript', 'const x = 1; // pay down tech'), true);
    assert.strictEqual(inTermContext('typescript', 'const techDebt = tech'), false);
    assert.strictEqual(inTermContext('typescript', 'const url = "https://x.io/a"; tech'), false);
    assert.strictEqual(inTermContext('typescript', 'const s = "// not a comment tech'), false);
    assert.strictEqual(inTermContext('python', 'x = 1  # eventual cons'), true);
    assert.strictEqual(inTermContext('python', 'x = "#" + tech'), false);
    assert.strictEqual(inTermContext('csharp', 'var c = "C#"; tech'), false);
    assert.strictEqual(inTermContext('sql', 'SELECT 1 -- API gate'), true);
    assert.strictEqual(inTermContext('erlang', '% idempo'), true);
  });
  test('inside a block comment until it is closed', () => {
    assert.strictEqual(inTermContext('java', '/**\n * Uses the API gate'), true);
    assert.strictEqual(inTermContext('java', '/* done */ int gate'), false);
    assert.strictEqual(inTermContext('html', '<!-- see the API gate'), true);
    assert.strictEqual(inTermContext('html', '<p>API gate'), false);
  });
  test('never in an unknown language', () => {
    assert.strictEqual(inTermContext('some-binary-format', '// tech'), false);
  });
});

suite('Vocabulary completion: what is offered', () => {
  test('the word being typed', () => {
    assert.strictEqual(typedPrefix('we use event-dri', 16), 'event-dri');
    assert.strictEqual(typedPrefix('we use ', 7), '');
    assert.strictEqual(typedPrefix('Conway’', 7), 'Conway’');
  });
  test('names and aliases by their start or a word’s start, names first, with their entries', () => {
    const items = termCompletions(builtinGlossary(), 'deb');
    assert.ok(items.some((i) => i.spelling === 'Technical Debt' && !i.alias && i.entry.definition.length > 0));
    assert.ok(items.some((i) => i.spelling === 'tech debt' && i.alias && i.entry.name === 'Technical Debt'));
    assert.ok(items.findIndex((i) => i.alias) > items.findIndex((i) => !i.alias));
    assert.ok(items.every((i) => /(^|[\s\-_/])deb/i.test(i.spelling)), items.map((i) => i.spelling).join(', '));
  });
  test('letter case and accents do not matter', () => {
    const entries = [entry('Größenordnung'), entry('Cache')];
    assert.deepStrictEqual(termCompletions(entries, 'groe').map((i) => i.spelling), ['Größenordnung']);
    assert.deepStrictEqual(termCompletions(entries, 'CAC').map((i) => i.spelling), ['Cache']);
  });
  test('an empty prefix offers every name once, and the list is capped', () => {
    assert.strictEqual(termCompletions(builtinGlossary(), '').length, builtinGlossary().length);
    assert.strictEqual(termCompletions(builtinGlossary(), '', 10).length, 10);
  });
});
