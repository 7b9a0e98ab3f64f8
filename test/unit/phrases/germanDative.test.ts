// The person they named, as typed („Herr Gisler“), after „mit“: „mit Herrn Gisler“, in every tone and
// form of address; „Frau …“ and a bare name stay as typed.
import * as assert from 'assert';
import { renderFinished } from '../render/helpers';

const render = (patch: Record<string, unknown>) => renderFinished('request-meeting', patch, 'de');

suite('German documents: a person named as „Herr …“ is „Herrn …“ after „mit“ and „bei“', () => {
  test('referral and doubt about fit, every tone and both forms of address', () => {
    let seen = 0;
    for (const firstResponse of ['referral', 'doubts-fit']) {
      for (const tone of ['formal', 'warm', 'concise']) {
        for (const anrede of ['Sie', 'du']) {
          for (const [typed, said] of [['Herr Gisler', 'Herrn Gisler'], ['Herr Dr. Gisler', 'Herrn Dr. Gisler'], ['Frau Dr. Weber', 'Frau Dr. Weber'], ['Thomas Gisler', 'Thomas Gisler']] as const) {
            const text = render({ tone, firstResponse, firstResponseDetails: { referTo: typed }, leader: { anrede } });
            const at = `${firstResponse} ${tone} ${anrede} ${typed}`;
            assert.doesNotMatch(text, /\b[Mm]it Herr\b/, at);
            if (text.includes(said)) { assert.match(text, new RegExp(`(?:[Mm]it|bei) ${said}`), at); seen++; }
          }
        }
      }
    }
    // The named person is said in the request in at least the referral's every tone and form.
    assert.ok(seen >= 2 * 3 * 4, `only ${seen} documents named the person`);
  });
});
