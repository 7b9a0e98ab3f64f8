// `mentorship-prep phrases` shows the built-in messages as their files write them: every message
// once, each cut exactly at its own lines, with the values it takes apart from the facts.
import * as assert from 'assert';
import { FluentResource } from '@fluent/bundle';
import BUILTIN from 'phrases:builtin';
import { phraseCatalog } from '../../../src/core/phrases/catalog';

const idsOf = (text: string) => new FluentResource(text).body.map((m) => m.id).filter((id) => !id.startsWith('-'));

suite('Phrase catalog: the built-in messages as written', () => {
  for (const locale of Object.keys(BUILTIN)) {
    test(`${locale}: every message of every file once, in the files' order`, () => {
      const expected = BUILTIN[locale]!.flatMap((f) => idsOf(f.text));
      assert.ok(expected.length > 50, `only ${expected.length} messages in ${locale}`);
      assert.deepStrictEqual(phraseCatalog(locale).map((e) => e.id), expected);
    });

    test(`${locale}: each source, parsed alone, is exactly its message (not cut short, nothing of the next)`, () => {
      for (const e of phraseCatalog(locale)) {
        const alone = new FluentResource(e.source);
        assert.deepStrictEqual(alone.body.map((m) => m.id), [e.id], `${e.file}\n${e.source}`);
        const inFile = new FluentResource(BUILTIN[locale]!.find((f) => f.file === e.file)!.text).body.find((m) => m.id === e.id)!;
        assert.deepStrictEqual(alone.body[0]!.value, inFile.value, `${e.id}: parsed alone it says something else`);
      }
    });
  }

  test('values and facts are told apart, and the file is the one that holds the message', () => {
    const ask = phraseCatalog().find((e) => e.id === 'request-meeting-ask')!;
    assert.deepStrictEqual([ask.values.includes('minutes'), ask.values.includes('challenge'), ask.values.includes('tone')], [true, true, false]);
    assert.ok(ask.facts.includes('tone'), ask.facts.join());
    assert.strictEqual(ask.file, 'phrases/en/request-meeting.ftl');
  });

  test('a locale without messages of its own lists the English ones', () => {
    assert.deepStrictEqual(phraseCatalog('xx').map((e) => e.id), phraseCatalog('en').map((e) => e.id));
  });
});
