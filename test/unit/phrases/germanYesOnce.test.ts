// „Grundsätzlich gern, aber erst, sobald wir mit der Migration durch sind“ is a yes on a condition, not
// „jetzt nicht, vielleicht später“: the reading note says so, and the German meeting request takes up
// their yes („Du hattest gesagt, ich soll mich wieder melden, sobald ihr mit der Migration durch seid.“)
// instead of asking whether now is still not right („Wenn es jetzt immer noch nicht passt …“). A plain
// not now („Jetzt nicht, melden Sie sich nach dem Jahresabschluss“) keeps its reading.
import * as assert from 'assert';
import { germanYesOnce } from '../../../src/core/render/germanComeBack';
import { renderFinished } from '../render/helpers';

const YES_ONCE: [string, { du: RegExp; sie: RegExp }][] = [
  ['Grundsätzlich gern, aber erst, sobald wir mit der Migration durch sind – das sollte Ende März sein. Schreib mir dann einfach nochmals.',
    { du: /Du hattest gesagt, ich soll mich wieder melden, sobald ihr mit der Migration durch seid\./u, sie: /Sie hatten gesagt, ich solle mich wieder melden, sobald Sie mit der Migration durch sind\./u }],
  ['Gerne, aber erst nach dem Jahresabschluss. Melden Sie sich dann.',
    { du: /Du hattest gesagt, ich soll mich nach dem Jahresabschluss wieder melden\./u, sie: /Sie hatten gesagt, ich solle mich nach dem Jahresabschluss wieder melden\./u }],
  ['Prinzipiell ja – sobald wir mit dem Go-live fertig sind.',
    { du: /sobald ihr mit dem Go-live fertig seid\./u, sie: /sobald Sie mit dem Go-live fertig sind\./u }],
  ['Im Prinzip gern, aber erst im Herbst.',
    { du: /Du hattest gesagt, ich soll mich im Herbst wieder melden\./u, sie: /Sie hatten gesagt, ich solle mich im Herbst wieder melden\./u }],
];
const NOT_NOW = ['Jetzt nicht, melden Sie sich nach dem Jahresabschluss.', 'Im Moment nicht, vielleicht im Herbst.'];

suite('German: a yes in principle on a condition is taken up as a yes, not asked again as a „maybe later“', () => {
  test('the reading: a yes first, then the condition', () => {
    for (const [words] of YES_ONCE) assert.ok(germanYesOnce(words), words);
    for (const words of NOT_NOW) assert.strictEqual(germanYesOnce(words), undefined, words);
  });

  test('DE, AT, CH × Sie and du × three tones × meetings and written: the request takes up their yes; the reading note says so', () => {
    for (const [words, want] of YES_ONCE) for (const country of ['DE', 'AT', 'CH']) for (const anrede of ['Sie', 'du'] as const) {
      for (const tone of ['formal', 'warm', 'concise']) for (const format of ['meetings', 'async']) {
        const text = renderFinished('request-meeting', {
          tone, format, culture: { country }, firstResponse: undefined, firstResponseWords: words, firstResponseDetails: undefined,
          leader: { name: 'Barbara Wüthrich', addressAs: anrede === 'du' ? 'Barbara' : 'Frau Wüthrich', anrede },
        }, 'de');
        const where = `${country} ${anrede} ${tone} ${format}: ${words}`;
        assert.match(text, anrede === 'du' ? want.du : want.sie, where);
        assert.doesNotMatch(text, /immer noch nicht passt|der Zeitpunkt passt jetzt besser/u, where);
        assert.match(text, /„grundsätzlich ja, aber erst später“/u, where);
        assert.doesNotMatch(text, /„jetzt nicht, vielleicht später“/u, where);
      }
    }
  });

  test('a plain not now keeps its reading and its sentence', () => {
    for (const words of NOT_NOW) for (const anrede of ['Sie', 'du'] as const) {
      const text = renderFinished('request-meeting', {
        culture: { country: 'DE' }, firstResponse: undefined, firstResponseWords: words, firstResponseDetails: undefined,
        leader: { name: 'Barbara Wüthrich', addressAs: anrede === 'du' ? 'Barbara' : 'Frau Wüthrich', anrede },
      }, 'de');
      assert.match(text, /„jetzt nicht, vielleicht später“/u, words);
      assert.doesNotMatch(text, /ich solle? mich .*wieder melden/u, words);
    }
  });
});
