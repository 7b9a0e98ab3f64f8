// The build's check that every name a template uses exists in the render context (issue 20).
import * as assert from 'assert';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { unknownNames, type TemplateSource } from '../../../src/core/render/templateNames';

const t = (text: string, file = 'team.hbs'): TemplateSource => ({ file, text });
const names = (templates: TemplateSource[], partials: Record<string, string> = {}) =>
  unknownNames(templates, new Map(Object.entries(partials).map(([n, text]) => [n, { file: `partials/${n}.hbs`, text }])));

suite('template names: every name a template uses exists in the render context', () => {
  test('a misspelt flag is reported with its file, line, column and name', () => {
    const found = names([t('# Hello\n\n{{#if is.warmm}}Hi{{else}}Dear{{/if}} {{leader.name}}\n')]);
    assert.deepStrictEqual(found, [{ file: 'team.hbs', line: 3, column: 7, name: 'is.warmm' }]);
  });

  test('real flags, fields and helpers pass', () => {
    assert.deepStrictEqual(names([t('{{#if is.warm}}{{t "The ask"}}{{/if}}{{#unless is.closedDoor}}{{said.challengeIs}}{{/unless}}{{#if (eq tone "warm")}}{{rhythm.summary}}{{/if}}')]), []);
  });

  test('a field below a leaf, or beyond an object, is unknown', () => {
    assert.deepStrictEqual(names([t('{{leader.name.first}} {{advice.nope}} {{nope}}')]).map((p) => p.name), ['leader.name.first', 'advice.nope', 'nope']);
  });

  test('#each enters the list item: its fields are known there, and ../ and @root leave it', () => {
    assert.deepStrictEqual(names([t('{{#each objections}}{{objection}} {{#if @first}}{{../leader.name}}{{/if}} {{@root.tone}} {{lines}}{{/each}}')]).map((p) => p.name), ['lines']);
    assert.deepStrictEqual(names([t('{{#each script.parts}}{{#each lines}}{{this}}{{/each}}{{lines.[0]}}{{/each}}{{objections.[1].short}}')]), []);
  });

  test('a partial is checked in the context where it is used, and in its own file', () => {
    const found = names([t('{{#each objections}}{{> card}}{{/each}}{{> card}}')], { card: '{{means}}\n{{meanz}}' });
    // Inside the list it has `means`; at the top level it has neither (two uses, two contexts).
    assert.deepStrictEqual(found.map((p) => `${p.file}:${p.line} ${p.name}`), ['partials/card.hbs:2 meanz', 'partials/card.hbs:1 means', 'partials/card.hbs:2 meanz']);
  });

  test('inline partials and front matter lines are followed', () => {
    const found = names([t('---\nname: X\n---\n{{#*inline "who"}}{{leader.nam}}{{/inline}}\n{{> who}}')]);
    assert.deepStrictEqual(found.map((p) => `${p.line} ${p.name}`), ['4 leader.nam']);
  });

  test('every built-in template and partial passes', () => {
    const dir = (d: string) => readdirSync(d).filter((f) => f.endsWith('.hbs')).map((f) => ({ name: f.replace(/\.hbs$/, ''), file: path.join(d, f), text: readFileSync(path.join(d, f), 'utf8') }));
    const partials = new Map(dir('templates/partials').map((p) => [p.name, p]));
    const templates = dir('templates');
    assert.ok(templates.length >= 12 && partials.size >= 13, `${templates.length} templates, ${partials.size} partials`);
    assert.deepStrictEqual(unknownNames(templates, partials), []);
  });
});
