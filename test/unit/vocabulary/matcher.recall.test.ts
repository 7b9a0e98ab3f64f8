import * as assert from 'assert';
import { mergeGlossaries } from '../../../src/core/vocabulary/glossary';
import { TermMatcher, foldWord, tokenize } from '../../../src/core/vocabulary/matcher';
import { builtins, entry, found } from './helpers';

function words(text: string): string[] {
  const b = tokenize(text);
  const out: string[] = [];
  for (let i = 0; i < b.length; i += 2) out.push(text.slice(b[i], b[i + 1]));
  return out;
}

suite('Vocabulary matcher: recall beyond the promised forms', () => {
  test('an acronym after a lower-case word in an identifier (myAPIGateway, getSLO(), checkNFRs())', () => {
    assert.deepStrictEqual(words('myAPIGateway getSLO() checkNFRs() IaCTool'), ['my', 'API', 'Gateway', 'get', 'SLO', 'check', 'NFRs', 'IaC', 'Tool']);
    assert.deepStrictEqual(found('const gw = myAPIGateway; getSLO(); checkNFRs();'), [
      ['APIGateway', 'API Gateway'],
      ['SLO', 'Service Level Objective'],
      ['NFRs', 'Non-Functional Requirements'],
    ]);
  });
  test('an acronym capitalised inside an identifier (CqrsModule, DddService), but not alone', () => {
    assert.deepStrictEqual(found('@Module({ imports: [CqrsModule] }) class DddService {}'), [['Cqrs', 'CQRS'], ['Ddd', 'Domain-Driven Design']]);
    assert.deepStrictEqual(found('Cqrs and Ddd alone are not acronyms; cqrsModule neither'), []);
  });
  test('doubled underscores join an identifier (api__gateway)', () => {
    assert.deepStrictEqual(found('api__gateway TECHNICAL___DEBT'), [['api__gateway', 'API Gateway'], ['TECHNICAL___DEBT', 'Technical Debt']]);
  });
  test('an en dash, a hyphen character or a no-break hyphen stands for a hyphen (event–driven)', () => {
    assert.deepStrictEqual(found('event–driven architecture, event\u2010driven architecture, cloud\u2011native').map(([, e]) => e),
      ['Event-Driven Architecture', 'Event-Driven Architecture', 'Cloud Native']);
    assert.deepStrictEqual(found('event — driven architecture'), []);
  });
  test('"Build vs. buy" with a period after vs, but no period elsewhere', () => {
    assert.deepStrictEqual(found('the build vs. buy question; Build vs buy'), [['build vs. buy', 'Build vs Buy'], ['Build vs buy', 'Build vs Buy']]);
    assert.deepStrictEqual(found('technical. debt'), []);
  });
  test('emphasis and code spans inside a phrase', () => {
    assert.deepStrictEqual(found('the **API** gateway, an `anti-corruption` layer, technical _debt_, ~~event~~ sourcing'), [
      ['API** gateway', 'API Gateway'],
      ['anti-corruption` layer', 'Anti-Corruption Layer'],
      ['technical _debt', 'Technical Debt'],
      ['event~~ sourcing', 'Event Sourcing'],
    ]);
    assert.deepStrictEqual(found('technical*debt technical * debt technical ` debt'), []);
  });
  test('CR-only line ends wrap a phrase like LF; a blank line still breaks it', () => {
    assert.deepStrictEqual(found('pay down technical\rdebt'), [['technical\rdebt', 'Technical Debt']]);
    assert.deepStrictEqual(found('technical\r\rdebt'), []);
  });
  test('Latin terms written next to CJK text', () => {
    assert.deepStrictEqual(found('我们使用API Gateway来路由请求，并偿还technical debt。'), [['API Gateway', 'API Gateway'], ['technical debt', 'Technical Debt']]);
    const cjk = new TermMatcher([entry('领域驱动设计')]);
    assert.deepStrictEqual(found('我们采用领域驱动设计方法', cjk), [['领域驱动设计', '领域驱动设计']]);
  });
  test('//!, ///, % and \' comment prefixes on a wrapped phrase', () => {
    for (const prefix of ['//!', '///', '%', '%%', "'"]) {
      assert.deepStrictEqual(found(`${prefix} relies on eventual\n${prefix} consistency`), [[`eventual\n${prefix} consistency`, 'Eventual Consistency']], prefix);
    }
  });
  test('closed-up prefixes: nonfunctional requirements, anticorruption layer', () => {
    assert.deepStrictEqual(found('nonfunctional requirements and an anticorruption layer'), [
      ['nonfunctional requirements', 'Non-Functional Requirements'],
      ['anticorruption layer', 'Anti-Corruption Layer'],
    ]);
  });
});

suite('Vocabulary matcher: accent folding', () => {
  test('folds like Contextive: ä→ae, ö→oe, ü→ue, ß→ss, other accents dropped', () => {
    assert.strictEqual(foldWord('Größe'), 'groesse');
    assert.strictEqual(foldWord('Straße'), 'strasse');
    assert.strictEqual(foldWord('Café'), 'cafe');
    assert.strictEqual(foldWord('cafe\u0301'), 'cafe');
  });
  test('a term with accents matches its folded spellings and the reverse', () => {
    const m = new TermMatcher([entry('Größenordnung'), entry('Fachliche Straße'), entry('Resume')]);
    assert.deepStrictEqual(found('GRÖSSENORDNUNG, groessenordnung, fachliche Strasse, résumé', m).map(([t]) => t), ['GRÖSSENORDNUNG', 'groessenordnung', 'fachliche Strasse', 'résumé']);
    assert.deepStrictEqual(found('grossenordnung', m), []);
  });
});

suite('Vocabulary matcher: one term in several contexts', () => {
  const file = 'file:///w/team.glossary.yml';
  const billing = { ...entry('Account', ['customer account']), definition: 'Who pays', source: { kind: 'team' as const, file, context: 'Billing', line: 3 } };
  const identity = { ...entry('Account', ['login']), definition: 'Who signs in', source: { kind: 'team' as const, file, context: 'Identity', line: 9 } };

  test('merging keeps both definitions and both sets of aliases', () => {
    const merged = mergeGlossaries([entry('Account')], [billing, identity]);
    assert.deepStrictEqual(merged.map((e) => e.definition), ['Who pays', 'Who signs in']);
  });
  test('a match carries every entry of the spelling, each alias its own', () => {
    const m = new TermMatcher(mergeGlossaries([billing, identity]));
    const [account, customer, login] = m.findAll('account, customer account, login');
    assert.deepStrictEqual(account!.entries.map((e) => e.definition), ['Who pays', 'Who signs in']);
    assert.deepStrictEqual(customer!.entries.map((e) => e.definition), ['Who pays']);
    assert.deepStrictEqual(login!.entries.map((e) => e.definition), ['Who signs in']);
  });
  test('the same term twice in one context still keeps only the later one', () => {
    const again = { ...billing, definition: 'Who pays, revised' };
    assert.deepStrictEqual(mergeGlossaries([billing, again]).map((e) => e.definition), ['Who pays, revised']);
  });
  test('a deeper glossary still replaces a shallower one', () => {
    const deeper = { ...billing, definition: 'Deeper', source: { ...billing.source, file: 'file:///w/sub/team.glossary.yml' } };
    assert.deepStrictEqual(mergeGlossaries([billing, identity], [deeper]).map((e) => e.definition), ['Deeper']);
  });
  test('built-in matches carry their single entry', () => {
    const [m] = builtins().findAll('technical debt');
    assert.deepStrictEqual(m!.entries, [m!.entry]);
  });
});
