import * as assert from 'assert';
import fc from 'fast-check';
import { proposeChallengeShort } from '../../../src/core/profile/challengeShort';
import { slot } from '../../../src/core/render/slots';

/** Challenges as people type them (the golden corpus's six first), and the label an architect would accept. */
const CASES: [string, string][] = [
  ['scaling our API gateway for 10x user load', 'the API gateway scaling'],
  ['Our three teams each built their own retry logic, and incidents cascade across them.', 'the retry logic problem'],
  ['getting p99 latency under 300 ms at ~5x traffic without a rewrite', 'the p99 latency work'],
  ['splitting a 12-year-old monolith without stopping feature work', 'the monolith split'],
  ['moving batch settlement to events without losing a single update', 'the batch settlement work'],
  ['two teams disagree about who owns the shared customer service', 'the shared customer service problem'],
  ['deciding who owns the shared customer service between two teams', 'the shared customer service decision'],
  ['Cutting the blast radius of our deploys.', 'the blast radius work'],
  ['reducing the cost of our data platform', 'the data platform cost work'],
  ['the migration of our billing system to Kafka', 'the billing system migration'],
  ['a single source of truth for customer data', 'the source of truth'],
  ['how to split the monolith without downtime', 'the monolith question'],
  ['Our current challenge is migrating 40 services from VMs to Kubernetes before the data-centre lease ends', 'the service migration'],
  ['consolidating three identity providers into one', 'the identity provider consolidation'],
  ['choosing between event sourcing and CRUD for the ledger', 'the ledger choice'],
  ['we keep breaking consumers when we change our public API', 'the public API problem'],
  ['designing multi-region failover for the checkout service', 'the multi-region failover design'],
  ['replacing our homegrown job scheduler with a managed service', 'the homegrown job scheduler replacement'],
  ['modernizing the claims system while it stays in production', 'the claims system modernization'],
  ['standardizing observability across 30 microservices', 'the observability standardization'],
  ['Making the case to the council for a shared data platform', 'the shared data platform work'],
  ['rolling out feature flags across the mobile apps', 'the feature flag work'],
  ['our deploys take two hours and nobody trusts the pipeline', 'the pipeline problem'],
  ['moving billing to events', 'the billing work'],
  // Written as an instruction or a comparison (a review found "the decide", "the Kafka", "the improve onboarding").
  ['decide who owns the shared customer service', 'the shared customer service decision'],
  ['Improve onboarding for new backend teams', 'the onboarding improvement'],
  ['migrate 40 services from VMs to Kubernetes', 'the service migration'],
  ['Kafka vs. Pulsar for our event backbone', 'the Kafka or Pulsar choice'],
  ['monolith versus microservices for the new claims product', 'the monolith or microservices choice'],
  ['build a shared payments platform for three product lines', 'the shared payments platform build'],
  // A subject of any shape and its verb: the subject names it, never cut mid-verb ("the reconciliation service falls").
  ['our payments reconciliation service falls over at every month-end close when Pix volume spikes', 'the payments reconciliation service problem'],
  ['the nightly settlement batch keeps failing after the schema change', 'the nightly settlement batch problem'],
  ['our checkout service times out whenever a flash sale starts', 'the checkout service problem'],
  ['Our fraud scoring API stalls under load.', 'the fraud scoring API problem'],
  ['a single slow query takes down the checkout page', 'the slow query problem'],
  ['our nightly ETL jobs fall over when the source files arrive late', 'the nightly ETL job problem'],
  // A subject of eight words or more is named by its head, before its first preposition ("the in low-signal area problem").
  ['our offline-first sync for drivers in low-signal areas creates duplicate orders when they reconnect', 'the offline-first sync problem'],
  ['the nightly settlement job for our three regional card processors times out before the banks open', 'the nightly settlement job problem'],
  ['the shared identity service behind all of our customer-facing mobile apps goes down at peak', 'the shared identity service problem'],
];

suite('proposeChallengeShort: a short label from the challenge’s first noun phrase', () => {
  for (const [challenge, label] of CASES) {
    test(`${challenge} → ${label}`, () => assert.strictEqual(proposeChallengeShort(challenge), label));
  }

  test('a challenge written as a clause is never named by a cut that ends on its verb', () => {
    const verbs = ['falls', 'fails', 'breaks', 'crashes', 'stalls', 'times', 'costs', 'keeps', 'goes', 'slips', 'loses', 'spikes', 'fall'];
    for (const subject of ['our payments reconciliation service', 'the settlement batch', 'Kafka consumer lag', 'the permit backend']) {
      for (const [verb, rest] of [['falls', 'over at every month-end close'], ['crashes', 'every night'], ['times', 'out whenever traffic spikes'], ['costs', 'us two days a month'], ['keeps', 'failing after each release'], ['spikes', 'at every deploy']]) {
        const label = proposeChallengeShort(`${subject} ${verb} ${rest}`);
        assert.ok(!verbs.includes(label.split(' ').pop()!), `${subject} ${verb} ${rest} → ${label}`);
        assert.match(label, / problem$/u, `${subject} ${verb} ${rest} → ${label}`);
      }
    }
  });

  test('a challenge no longer than its label is its own short form; nothing is left empty', () => {
    assert.strictEqual(proposeChallengeShort('latency'), 'latency');
    assert.strictEqual(proposeChallengeShort('Kafka.'), 'Kafka');
    assert.strictEqual(proposeChallengeShort('   '), 'the challenge');
  });

  test('never empty and never longer than the challenge as the documents say it, whatever is typed', () => {
    fc.assert(fc.property(fc.string({ maxLength: 120 }), (typed) => {
      const label = proposeChallengeShort(typed);
      const said = slot(typed).text;
      assert.ok(label.trim() !== '', `empty label for ${JSON.stringify(typed)}`);
      if (said !== '') assert.ok(label.length <= said.length, `${JSON.stringify(label)} is longer than ${JSON.stringify(said)}`);
    }), { numRuns: 2000 });
  });
});
