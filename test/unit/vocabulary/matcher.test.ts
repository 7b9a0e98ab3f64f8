import * as assert from 'assert';
import { TermMatcher, tokenize } from '../../../src/core/vocabulary/matcher';
import { brokenInvariant, builtins, entry, found } from './helpers';

/** The words tokenize() finds in text, as strings. */
function words(text: string): string[] {
  const bounds = tokenize(text);
  const out: string[] = [];
  for (let i = 0; i < bounds.length; i += 2) out.push(text.slice(bounds[i], bounds[i + 1]));
  return out;
}

suite('Vocabulary matcher: tokenize', () => {
  test('splits on anything that is not a letter or digit', () => {
    assert.deepStrictEqual(words('Technical debt, (DDD) & NFRs!'), ['Technical', 'debt', 'DDD', 'NFRs']);
  });
  test('splits camelCase and PascalCase humps', () => {
    assert.deepStrictEqual(words('apiGateway TechnicalDebt'), ['api', 'Gateway', 'Technical', 'Debt']);
  });
  test('splits an acronym from the capitalised word after it', () => {
    assert.deepStrictEqual(words('APIGateway IaCTool'), ['API', 'Gateway', 'IaC', 'Tool']);
  });
  test('keeps a plural acronym and a trailing lone capital in one word', () => {
    assert.deepStrictEqual(words('NFRs SLOs microservicesX'), ['NFRs', 'SLOs', 'microservicesX']);
  });
  test('keeps digits inside words', () => {
    assert.deepStrictEqual(words('K8s C4 o11y'), ['K8s', 'C4', 'o11y']);
  });
  test('treats non-ASCII letters as word characters and emoji as separators', () => {
    assert.deepStrictEqual(words('café naïve🎉DDD'), ['café', 'naïve', 'DDD']);
  });
  test('only looks at text[from, to)', () => {
    assert.deepStrictEqual(tokenize('one two three', 4, 7), [4, 7]);
  });
});

suite('Vocabulary matcher: phrases', () => {
  test('match regardless of letter case', () => {
    assert.deepStrictEqual(found('Technical Debt, technical debt, TECHNICAL DEBT, technical DEBT'), [
      ['Technical Debt', 'Technical Debt'],
      ['technical debt', 'Technical Debt'],
      ['TECHNICAL DEBT', 'Technical Debt'],
      ['technical DEBT', 'Technical Debt'],
    ]);
  });
  test('a capital inside a word is an identifier hump, not a letter case (tEcHnIcAl DeBt)', () => {
    assert.deepStrictEqual(found('tEcHnIcAl DeBt'), []);
  });
  test('a hyphen and a space are interchangeable (Domain-Driven Design = domain driven design)', () => {
    assert.deepStrictEqual(found('Domain-Driven Design / domain driven design / domain-driven-design'), [
      ['Domain-Driven Design', 'Domain-Driven Design'],
      ['domain driven design', 'Domain-Driven Design'],
      ['domain-driven-design', 'Domain-Driven Design'],
    ]);
  });
  test('cloud-native matches Cloud Native', () => {
    assert.deepStrictEqual(found('We are cloud-native. Cloud Native is the goal.'), [
      ['cloud-native', 'Cloud Native'],
      ['Cloud Native', 'Cloud Native'],
    ]);
  });
  test('several spaces or tabs may separate the words', () => {
    assert.deepStrictEqual(found('eventual   consistency and eventual\tconsistency'), [
      ['eventual   consistency', 'Eventual Consistency'],
      ['eventual\tconsistency', 'Eventual Consistency'],
    ]);
  });
  test('a phrase wrapped onto the next line matches (LF and CRLF)', () => {
    assert.deepStrictEqual(found('pay down technical\ndebt first'), [['technical\ndebt', 'Technical Debt']]);
    assert.deepStrictEqual(found('pay down technical\r\ndebt first'), [['technical\r\ndebt', 'Technical Debt']]);
  });
  test('a phrase wrapped with trailing spaces (a Markdown hard break) matches', () => {
    assert.deepStrictEqual(found('our architectural  \nrunway'), [['architectural  \nrunway', 'Architectural Runway']]);
  });
  test('a phrase wrapped inside a Markdown quote matches', () => {
    assert.deepStrictEqual(found('> we need more architectural\n> runway before Q3'), [['architectural\n> runway', 'Architectural Runway']]);
  });
  test('a phrase wrapped inside a nested Markdown quote matches', () => {
    assert.deepStrictEqual(found('> > about eventual\n> > consistency'), [['eventual\n> > consistency', 'Eventual Consistency']]);
  });
  test('a phrase wrapped inside a list item continuation matches', () => {
    assert.deepStrictEqual(found('- we carry technical\n  debt in billing'), [['technical\n  debt', 'Technical Debt']]);
    assert.deepStrictEqual(found('1. move to an API\n   gateway'), [['API\n   gateway', 'API Gateway']]);
  });
  test('a phrase wrapped inside a code comment matches', () => {
    assert.deepStrictEqual(found('// relies on eventual\n// consistency'), [['eventual\n// consistency', 'Eventual Consistency']]);
    assert.deepStrictEqual(found(' * relies on eventual\n * consistency'), [['eventual\n * consistency', 'Eventual Consistency']]);
  });
  test('a blank line does not join a phrase', () => {
    assert.deepStrictEqual(found('technical\n\ndebt'), []);
    assert.deepStrictEqual(found('technical\r\n\r\ndebt'), []);
  });
  test('a blank line holding only spaces does not join a phrase', () => {
    assert.deepStrictEqual(found('technical\n   \ndebt'), []);
  });
  test('an empty quote line (a paragraph break in a quote) does not join a phrase', () => {
    assert.deepStrictEqual(found('> technical\n>\n> debt'), []);
  });
  test('separate list items do not join a phrase', () => {
    assert.deepStrictEqual(found('- technical\n- debt'), []);
  });
  test('punctuation other than one hyphen does not join a phrase', () => {
    for (const text of ['cloud--native', 'cloud - native', 'technical, debt', 'technical.debt', 'technical/debt', 'technical (debt)']) {
      assert.deepStrictEqual(found(text), [], text);
    }
  });
  test('another word between the words of a phrase prevents the match', () => {
    assert.deepStrictEqual(found('technical and debt'), []);
    assert.deepStrictEqual(found('the API is the gateway'), []);
  });
  test('a literal separator in a term (apostrophe, slash) is required as written', () => {
    assert.deepStrictEqual(found("Conway's Law"), [["Conway's Law", "Conway's Law"]]);
    assert.deepStrictEqual(found('blue/green deployment'), [['blue/green deployment', 'Blue-Green Deployment']]);
    assert.deepStrictEqual(found('Conway.s Law'), []);
  });
  test('no-break and narrow no-break spaces separate like spaces; a zero-width space does not', () => {
    assert.deepStrictEqual(found('technical\u00a0debt, technical\u202fdebt'), [['technical\u00a0debt', 'Technical Debt'], ['technical\u202fdebt', 'Technical Debt']]);
    assert.deepStrictEqual(found('technical\u200bdebt'), []);
  });
});

suite('Vocabulary matcher: acronyms', () => {
  test('all-caps aliases match exactly as written', () => {
    assert.deepStrictEqual(found('DDD, NFR and NFRs'), [
      ['DDD', 'Domain-Driven Design'],
      ['NFR', 'Non-Functional Requirements'],
      ['NFRs', 'Non-Functional Requirements'],
    ]);
  });
  test('acronyms in another letter case do not match', () => {
    assert.deepStrictEqual(found('ddd Ddd dDD nfr Nfr nfrs NFRS'), []);
  });
  test('an acronym never matches inside a longer word', () => {
    assert.deepStrictEqual(found('DDDX DDD2 ADDD NFRsX NFRss'), []);
  });
  test('an acronym glued to a non-ASCII letter is part of a longer word', () => {
    assert.deepStrictEqual(found('DDDé éDDD'), []);
  });
  test('an acronym next to punctuation or an emoji matches', () => {
    assert.deepStrictEqual(found('(DDD) `NFR` DDD/NFR DDD🎉').map(([t]) => t), ['DDD', 'NFR', 'DDD', 'NFR', 'DDD']);
  });
  test('an acronym takes a plural s', () => {
    assert.deepStrictEqual(found('two DDDs and three SLAs'), [
      ['DDDs', 'Domain-Driven Design'],
      ['SLAs', 'Service Level Agreement'],
    ]);
  });
  test('mixed-case acronyms (IaC) are exact too', () => {
    assert.deepStrictEqual(found('IaC iac IAC Iac'), [['IaC', 'Infrastructure as Code']]);
  });
  test('a hand-made acronym entry matches only as written', () => {
    const m = new TermMatcher([entry('Platform Team', ['PT'])]);
    assert.deepStrictEqual(found('PT pt Pt PTs PTX', m), [['PT', 'Platform Team'], ['PTs', 'Platform Team']]);
  });
});

suite('Vocabulary matcher: plurals, possessives and partial words', () => {
  test('the last word of a phrase may be plural', () => {
    assert.deepStrictEqual(found('API gateways, API Gateways'), [
      ['API gateways', 'API Gateway'],
      ['API Gateways', 'API Gateway'],
    ]);
  });
  test('a plural term matches in the singular and the plural', () => {
    assert.deepStrictEqual(found('one design pattern, many design patterns, a microservice, microservices'), [
      ['design pattern', 'Design Patterns'],
      ['design patterns', 'Design Patterns'],
      ['microservice', 'Microservices'],
      ['microservices', 'Microservices'],
    ]);
  });
  test('plurals in -es and -ies match', () => {
    const m = new TermMatcher([entry('Data Mesh'), entry('Dependency'), entry('Capabilities')]);
    assert.deepStrictEqual(found('data meshes, dependencies, capability', m), [
      ['data meshes', 'Data Mesh'],
      ['dependencies', 'Dependency'],
      ['capability', 'Capabilities'],
    ]);
  });
  test('misspelt plural endings do not match (meshs, dependencys)', () => {
    const m = new TermMatcher([entry('Data Mesh'), entry('Dependency')]);
    assert.deepStrictEqual(found('data meshs, dependencys', m), []);
  });
  test('"refactorings" matches Refactoring: a regular plural of a one-word term is still the term', () => {
    assert.deepStrictEqual(found('two refactorings'), [['refactorings', 'Refactoring']]);
  });
  test('only the last word of a phrase takes a plural', () => {
    assert.deepStrictEqual(found('technicals debt'), []);
  });
  test('a possessive matches the term without the apostrophe', () => {
    assert.deepStrictEqual(found("technical debt's cost and technical debt’s cost"), [
      ['technical debt', 'Technical Debt'],
      ['technical debt', 'Technical Debt'],
    ]);
  });
  test('a possessive acronym matches the acronym', () => {
    assert.deepStrictEqual(found("DDD's core idea"), [['DDD', 'Domain-Driven Design']]);
  });
  test('a term followed by more letters does not match', () => {
    assert.deepStrictEqual(found('microservicesx refactoringX technical debtor API gatewayed design patterned'), []);
  });
  test('a term preceded by more letters does not match', () => {
    assert.deepStrictEqual(found('undesign patterns nonrefactoring premicroservices'), []);
  });
  test('a lone capital after a term stays part of the word (microservicesX)', () => {
    assert.deepStrictEqual(found('microservicesX'), []);
  });
  test('a plural ending is not added twice (microservicess, serverlesss, feature flagss)', () => {
    assert.deepStrictEqual(found('microservicess serverlesss feature flagss kubernetess'), []);
  });
});

suite('Vocabulary matcher: identifiers in code', () => {
  test('camelCase, snake_case, PascalCase and kebab-case identifiers match', () => {
    assert.deepStrictEqual(found('apiGateway eventual_consistency TechnicalDebt cloud-native'), [
      ['apiGateway', 'API Gateway'],
      ['eventual_consistency', 'Eventual Consistency'],
      ['TechnicalDebt', 'Technical Debt'],
      ['cloud-native', 'Cloud Native'],
    ]);
  });
  test('an acronym followed by a capitalised word splits (APIGateway)', () => {
    assert.deepStrictEqual(found('const gw = new APIGateway();'), [['APIGateway', 'API Gateway']]);
  });
  test('SCREAMING_SNAKE_CASE constants match phrases', () => {
    assert.deepStrictEqual(found('MAX_TECHNICAL_DEBT = 3'), [['TECHNICAL_DEBT', 'Technical Debt']]);
  });
  test('a term inside a longer identifier matches just its own words', () => {
    const text = 'createApiGatewayClient()';
    const [m] = builtins().findAll(text);
    assert.ok(m);
    assert.strictEqual(m.text, 'ApiGateway');
    assert.strictEqual(text.slice(m.start, m.end), 'ApiGateway');
  });
  test('an acronym between underscores matches', () => {
    assert.deepStrictEqual(found('MAX_NFR_COUNT'), [['NFR', 'Non-Functional Requirements']]);
  });
  test('a plural identifier matches (apiGateways)', () => {
    assert.deepStrictEqual(found('apiGateways'), [['apiGateways', 'API Gateway']]);
  });
  test('an identifier with an extra word glued on lowercase does not match (apigatewayx)', () => {
    assert.deepStrictEqual(found('apigatewayx technicaldebtor'), []);
  });
});

suite('Vocabulary matcher: longest match, overlaps and ranges', () => {
  test('the longest term wins over a shorter one starting at the same word', () => {
    for (const entries of [[entry('API'), entry('API Gateway')], [entry('API Gateway'), entry('API')]]) {
      const m = new TermMatcher(entries);
      assert.deepStrictEqual(found('an API Gateway and an API', m), [['API Gateway', 'API Gateway'], ['API', 'API']]);
    }
  });
  test('a longer alias wins over the shorter name of the same entry', () => {
    assert.deepStrictEqual(found('the API gateway pattern'), [['API gateway pattern', 'API Gateway']]);
  });
  test('a longer acronym-free phrase wins over a one-word term (microservices architecture)', () => {
    assert.deepStrictEqual(found('a microservices architecture'), [['microservices architecture', 'Microservices']]);
  });
  test('overlapping terms are reported once, the earlier one first', () => {
    const m = new TermMatcher([entry('Event Sourcing'), entry('Sourcing Pattern')]);
    assert.deepStrictEqual(found('event sourcing pattern', m), [['event sourcing', 'Event Sourcing']]);
  });
  test('Domain-Driven Design Patterns holds one match, not an overlapping Design Patterns', () => {
    assert.deepStrictEqual(found('Domain-Driven Design Patterns'), [['Domain-Driven Design', 'Domain-Driven Design']]);
  });
  test('repeated terms are each reported', () => {
    assert.deepStrictEqual(found('DDD and DDD and DDD').length, 3);
  });
  test('matches are in text order with exact ranges', () => {
    const text = '> Our *technical\n> debt* blocks the `apiGateway`; DDD helps.';
    const matches = builtins().findAll(text);
    assert.deepStrictEqual(matches.map((m) => m.text), ['technical\n> debt', 'apiGateway', 'DDD']);
    assert.strictEqual(brokenInvariant(text, matches), undefined);
  });
  test('ranges count UTF-16 code units past non-ASCII text and emoji', () => {
    const text = 'Ünïcødé 🎉🎉 — naïve café: eventual consistency ✅ DDD';
    for (const m of builtins().findAll(text)) assert.strictEqual(text.slice(m.start, m.end), m.text);
    assert.deepStrictEqual(found(text).map(([t]) => t), ['eventual consistency', 'DDD']);
  });
  test('findAll(text, from, to) only reports matches inside the range', () => {
    const text = 'DDD then technical debt then NFR';
    const matches = builtins().findAll(text, 4, 24);
    assert.deepStrictEqual(matches.map((m) => [m.text, m.start]), [['technical debt', 9]]);
  });
  test('an empty text or one without words has no matches', () => {
    assert.deepStrictEqual(found(''), []);
    assert.deepStrictEqual(found(' \n\t-–—…!?> '), []);
  });
  test('an empty glossary matches nothing', () => {
    assert.deepStrictEqual(found('technical debt DDD', new TermMatcher([])), []);
  });
  test('names and aliases without any word are ignored', () => {
    const m = new TermMatcher([entry('---', ['', '  ']), entry('Cache')]);
    assert.deepStrictEqual(found('--- cache', m), [['cache', 'Cache']]);
  });
  test('maxPhraseWords is the word count of the longest spelling', () => {
    assert.strictEqual(new TermMatcher([entry('A B C', ['D']), entry('E F')]).maxPhraseWords, 3);
    assert.strictEqual(new TermMatcher([]).maxPhraseWords, 1);
  });
});
