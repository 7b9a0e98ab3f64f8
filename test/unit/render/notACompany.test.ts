// A public body or a nonprofit is not a company: where the documents speak of your own organization
// ("nothing confidential from my company", "outside the company"), they use the word that fits it.
import * as assert from 'assert';
import { exampleWith, renderAll } from './helpers';

/** Your own side called a company. */
const YOUR_COMPANY = /\b(?:my|our|your|the) (?:own )?company(?:’s)?\b/i;

suite('your own organization is called what it is', () => {
  test('a public-sector or nonprofit user: no document calls their side a company, whatever the leader, tone or first answer', () => {
    let documents = 0;
    for (const organization of ['public-sector', 'nonprofit']) {
      for (const leader of [{ organization: 'same' }, { organization: 'other', company: 'Centralny Ośrodek Informatyki', sector: 'public-sector' }, { organization: 'other', company: 'Lumen GmbH' }]) {
        for (const tone of ['formal', 'warm', 'concise']) {
          for (const firstResponse of [undefined, 'declined', 'doubts-fit']) {
            const docs = renderAll(exampleWith({ organization, tone, leader, ...(firstResponse ? { firstResponse } : {}) }));
            for (const [id, text] of Object.entries(docs)) {
              const hit = YOUR_COMPANY.exec(text.replace(/Lumen GmbH/g, ''));
              assert.ok(!hit, `${organization} ${leader.organization} ${tone} ${firstResponse} ${id}: …${hit && text.slice(Math.max(0, hit.index - 60), hit.index + 40)}…`);
              documents++;
            }
          }
        }
      }
    }
    assert.ok(documents > 200, String(documents));
  });

  test('a company user still says company', () => {
    const docs = renderAll(exampleWith({ organization: 'enterprise', leader: { organization: 'other', company: 'Lumen GmbH' } }));
    assert.match(Object.values(docs).join('\n'), /my (?:own )?company/);
  });
});
