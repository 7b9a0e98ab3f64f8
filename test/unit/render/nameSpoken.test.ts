// "I asked Thandiwe Nkosi for some guidance recently" to your manager, while you call her
// Thandi; "Dr. Khalid bin Saad Al-Otaibi" again and again in the prep doc's narrative. Lines you say
// aloud and sentences about the leader use the form you name them by (addressAs, or the culture's
// usual form); the full name stays in headings and the first mention (the line under the title).
import * as assert from 'assert';
import { TONES } from '../../../src/core/profile/profile';
import { exampleWith, render } from './helpers';

const LEADERS: { leader: Record<string, string>; culture?: Record<string, string>; short: string }[] = [
  { leader: { name: 'Thandiwe Nkosi', addressAs: 'Thandi' }, culture: { country: 'ZA' }, short: 'Thandi' },
  { leader: { name: 'Dr. Khalid bin Saad Al-Otaibi', addressAs: 'Dr. Khalid' }, culture: { country: 'SA' }, short: 'Dr. Khalid' },
  { leader: { name: 'Christopher Blake', addressAs: 'Chris' }, culture: { country: 'GB' }, short: 'Chris' },
  { leader: { name: 'Wang Jianguo', addressAs: 'Wang Zong' }, culture: { country: 'CN' }, short: 'Wang Zong' },
];

suite('The leader named as you call them, after the first mention', () => {
  test('manager-first and the prep doc say the short form, never the full name, outside headings and the first mention', () => {
    const problems: string[] = [];
    for (const { leader, culture, short } of LEADERS) {
      for (const tone of TONES) {
        const profile = exampleWith({ tone, leader, ...(culture ? { culture } : {}), firstResponse: 'not-now', firstResponseWords: 'Let’s revisit after the launch.' });
        for (const id of ['manager-first', 'prep-doc']) {
          const lines = render(id, profile).split('\n');
          const body = lines.filter((l) => !l.startsWith('#') && !l.startsWith('*Prepared on'));
          const full = body.filter((l) => l.includes(leader.name!));
          for (const l of full) problems.push(`${leader.name}/${tone} ${id}: ${l.trim().slice(0, 140)}`);
          if (!body.some((l) => l.includes(short))) problems.push(`${leader.name}/${tone} ${id}: "${short}" never said`);
        }
      }
    }
    assert.deepStrictEqual(problems.slice(0, 12), [], `${problems.length} problems`);
  });

  test('a form that is only a title is not said about them: the name is', () => {
    const text = render('manager-first', exampleWith({ leader: { name: 'Amélie Vidal', addressAs: 'Madame la Directrice' }, culture: { country: 'FR' } }));
    const spoken = text.split('\n').filter((l) => l.startsWith('> **You:**')).join('\n');
    assert.doesNotMatch(spoken, /Madame la Directrice/);
    assert.match(text.split('\n').filter((l) => !l.startsWith('#')).join('\n'), /Amélie Vidal/);
  });
});
