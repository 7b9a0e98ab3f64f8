// A challenge about matching and merging records of the same person (duplicate child records in an
// immunisation register, a client registry, patients across clinics) gets the words for it, record
// linkage, a master patient index, deterministic or probabilistic matching, not release terms (Feature
// Flags, DORA Metrics, Canary Release) that nothing in it is about.
import * as assert from 'assert';
import { exampleWith, render } from './helpers';

const MATCHING = /\*\*(?:Record Linkage|Master Patient Index|Deterministic vs Probabilistic Matching)\*\*/u;
const use = (doc: string) => doc.slice(doc.indexOf('**Use these:**'), doc.indexOf('**If the conversation goes there:**'));

suite('Vocabulary for merging records of the same person', () => {
  test('several phrasings, tones and countries: the matching terms come first, no release terms', () => {
    const challenges = [
      'merging duplicate child records when health posts sync weeks apart',
      'deduplicating patient records from forty clinics into one client registry',
      'matching the same person across three benefit systems that spell names differently',
      'building a master patient index for the district hospitals',
    ];
    for (const [i, challenge] of challenges.entries()) {
      const tone = (['formal', 'warm', 'concise'] as const)[i % 3]!;
      for (const country of ['NP', 'KE', 'DE']) {
        const doc = render('prep-doc', { ...exampleWith({ challenge, tone, expertiseApplied: 'how you decided which record wins when two sites disagree' }), culture: { country } });
        const first = use(doc);
        assert.match(first, MATCHING, `${challenge} (${country}, ${tone})`);
        assert.doesNotMatch(first, /Feature Flags|DORA Metrics|Canary Release|Blue-Green/u, `${challenge} (${country}, ${tone})`);
      }
    }
  });
});
