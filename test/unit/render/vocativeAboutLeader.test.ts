// A form of address in the vocative ("gospodine Babiću") is for speaking to the leader: in the notes
// about them, and in lines said about them to someone else, it is the wrong case ("You are going back
// to gospodine Babiću"). Their name stands there instead; forms that are their name stay.
import * as assert from 'assert';
import { nameAboutLeader } from '../../../src/core/render/rules/shared';
import { exampleWith, render } from './helpers';

suite('A vocative form of address is said to them, not about them', () => {
  const vocatives: [string, string][] = [
    ['gospodine Babiću', 'Tomislav Babić'], ['gospođo Horvat', 'Ana Horvat'], ['Panie Piotrze', 'Piotr Nowak'],
    ['pane Nováku', 'Jan Novák'], ['пане Андрію', 'Андрій Коваль'], ['Babiću', 'Tomislav Babić'],
  ];
  for (const [addressAs, name] of vocatives) {
    test(`about them: ${name}, not “${addressAs}”`, () => assert.strictEqual(nameAboutLeader(addressAs, name), name));
  }
  const kept: [string, string][] = [['Tanaka-san', 'Hiroshi Tanaka'], ['Dr. Hoffmann', 'Eva Hoffmann'], ['Kate', 'Katherine Lee'], ['Thandi', 'Thandiwe Nkosi'], ['Kamal Bhai', 'Kamal Hossain']];
  for (const [addressAs, name] of kept) {
    test(`about them: “${addressAs}” for ${name}`, () => assert.strictEqual(nameAboutLeader(addressAs, name), addressAs));
  }

  for (const tone of ['formal', 'warm', 'concise'] as const) {
    test(`the prep doc names Tomislav Babić in its notes and greets “gospodine Babiću” aloud (${tone})`, () => {
      const doc = render('prep-doc', exampleWith({ tone, leader: { name: 'Tomislav Babić', addressAs: 'gospodine Babiću' } }));
      const notes = doc.split('\n').filter((l) => !l.startsWith('>') && !/Address them as/.test(l));
      assert.deepStrictEqual(notes.filter((l) => l.includes('gospodine Babiću')), []);
      assert.match(doc, /> \*\*You:\*\*[^\n]*gospodine Babiću/);
    });
  }
});
