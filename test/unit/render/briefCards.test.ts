// The night-before brief's one-line answers say what the prep doc's cards say (one source).
import * as assert from 'assert';
import { validateProfile } from '../../../src/core/profile/validate';
import { buildContext } from '../../../src/core/render/context';
import { builtinGlossary } from '../../../src/core/vocabulary/glossary';
import { exampleWith, render, section, TODAY } from './helpers';

suite('Night-before brief: short answers from the same source as the cards', () => {
  test('“until the reorg is done” is answered with after the reorg, in the brief as on the card', () => {
    const input = exampleWith({ firstResponse: 'not-now', firstResponseWords: 'I’m slammed until the reorg is done.' });
    const brief = render('brief', input);
    const cards = render('objections', input);
    // You are back after their milestone: the opening names it, and a second "later" gets a month.
    assert.ok(section(render('prep-doc', input), 'The script').includes('the week after the reorg is done'), 'the opening names their milestone');
    assert.ok(brief.includes('after the reorg is done'), brief);
    assert.ok(cards.includes('Which month'), 'a second “later” asks for a month, not the milestone that has passed');
    assert.ok(!brief.includes('start of next quarter'), 'no stock quarter when they named a time');
  });

  test('after a no, the short referral answer asks for nothing more, as the card does', () => {
    for (const words of ['No, I cannot take this on this year.', 'I have to decline, sorry.']) {
      const ctx = buildContext(validateProfile(exampleWith({ firstResponseWords: words })).profile, builtinGlossary(), TODAY);
      const card = ctx.objections.find((c) => c.id === 'not-me')!;
      assert.doesNotMatch(card.answer, /conversation/i, `card: ${words}`);
      assert.doesNotMatch(card.short, /conversation/i, `short: ${words}`);
    }
  });

  test('a value typed as a sentence is said as its own sentence, never pasted mid-sentence', () => {
    // An executive weighs what they get out of it: the gain card is in the short deck.
    const input = exampleWith({ valueYouBring: 'I can share what we learned from the Kafka migration.', relationship: 'executive' });
    const ctx = buildContext(validateProfile(input).profile, builtinGlossary(), TODAY);
    assert.doesNotMatch(ctx.objections.find((c) => c.id === 'gain')!.short, /, I can share/);
    assert.doesNotMatch(render('one-pager', input), /You get:\*\* I can share/);
  });
});
