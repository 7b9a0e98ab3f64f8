// The German register a native reader would send unedited: a concise letter to a superior
// does not close „Viele Grüße“; no literal phrasing („genau das, worum ich gebeten hatte“, „Um den
// Termin kümmere ich mich“); Austrian greetings carry every title, German and Swiss ones Dr. and Prof.
import * as assert from 'assert';
import { FIRST_RESPONSES } from '../../../src/core/profile/profile';
import { renderFinished } from '../render/helpers';

const GERMAN = ['request-meeting', 'no-reply', 'thank-you'];
const render = (template: string, patch: Record<string, unknown>) => renderFinished(template, patch, 'de');
const closings = (text: string) => text.split('\n').filter((l) => /Grü(?:ß|ss)e$/.test(l));

suite('German register: the closing by seniority, no literal phrasing, titles by country', () => {
  test('concise to a skip-level or an executive: no „Viele Grüße“; to a peer in a flat culture it stays', () => {
    for (const t of GERMAN) {
      for (const relationship of ['skip-level', 'executive']) {
        const c = closings(render(t, { tone: 'concise', relationship, culture: { hierarchy: 'flat' } }));
        assert.ok(c.length > 0 && c.every((l) => !/^Viele Grüße$/.test(l)), `${t} ${relationship}: ${c.join(' | ')}`);
      }
      const peer = closings(render(t, { tone: 'concise', relationship: 'cross-team', culture: { hierarchy: 'flat' } }));
      assert.ok(peer.includes('Viele Grüße'), `${t} cross-team: ${peer.join(' | ')}`);
    }
  });

  test('no literal phrasing, over tones and first answers', () => {
    for (const tone of ['formal', 'warm', 'concise']) {
      for (const firstResponse of [undefined, ...FIRST_RESPONSES]) {
        for (const hierarchy of ['flat', 'hierarchical']) {
          for (const t of GERMAN) {
            const text = render(t, { tone, culture: { hierarchy }, ...(firstResponse ? { firstResponse } : {}) });
            assert.doesNotMatch(text, /worum ich gebeten hatte|Um den Termin kümmere ich mich/, `${t} ${tone} ${firstResponse}`);
          }
        }
      }
    }
  });

  test('Austria keeps every title; Germany and Switzerland greet a name they were not given with Dr./Prof. only', () => {
    for (const t of GERMAN) {
      const formal = render(t, { tone: 'formal', leader: { name: 'DI Dr. Elisabeth Huber', addressAs: 'Frau DI Dr. Huber', role: 'CIO' }, culture: { country: 'AT' } });
      assert.ok(formal.split('\n').includes('Sehr geehrte Frau DI Dr. Huber,'), `${t} AT formal`);
      for (const [country, greeted] of [['AT', 'DI Dr. Elisabeth Huber'], ['DE', 'Dr. Elisabeth Huber'], ['CH', 'Dr. Elisabeth Huber']] as const) {
        const text = render(t, { tone: 'concise', leader: { name: 'DI Dr. Elisabeth Huber', addressAs: 'Dr. Huber', role: 'CIO' }, culture: { country } });
        assert.ok(text.split('\n').includes(country === 'CH' ? `Guten Tag ${greeted}` : `Guten Tag, ${greeted},`), `${t} ${country}: ${text.split('\n').find((l) => l.startsWith('Guten Tag'))}`);
      }
      // A degree in the form of address the user chose is theirs: kept in Germany too.
      const chosen = render(t, { tone: 'concise', leader: { name: 'DI Martin Hofbauer', addressAs: 'DI Hofbauer', role: 'CIO' }, culture: { country: 'DE' } });
      assert.ok(chosen.split('\n').includes('Guten Tag, DI Martin Hofbauer,'), `${t} DE DI chosen`);
    }
  });
});
