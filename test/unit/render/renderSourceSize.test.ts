// The render layer stays readable: no file in src/core/render longer than 400 lines and no function
// longer than 80 (the content layer's limits). Measured with the TypeScript parser, so a function's
// length is its declaration to its closing brace, nested functions counted on their own too.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import ts from 'typescript';

const ROOT = path.join(__dirname, '../../../src/core/render');
const MAX_FILE_LINES = 400;
const MAX_FUNCTION_LINES = 80;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []);
}

/** Every function-like node with a body, longer than `max` lines: "name (line N): L lines". */
export function longFunctions(file: string, text: string, max: number): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const long: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const first = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const last = source.getLineAndCharacterOfPosition(node.end).line;
      const name = node.name && ts.isIdentifier(node.name) ? node.name.text : '(anonymous)';
      if (last - first + 1 > max) long.push(`${name} (line ${first + 1}): ${last - first + 1} lines`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return long;
}

suite('The render layer stays readable', () => {
  const files = sourceFiles(ROOT);

  test('the measure finds a long function, a nested one and an arrow function, and passes one of exactly 80 lines', () => {
    const body = (n: number) => Array.from({ length: n }, (_, i) => `  const v${i} = ${i};`).join('\n');
    const text = `function short() {\n${body(3)}\n}\nexport function long() {\n${body(80)}\n}\nconst arrow = () => {\n${body(79)}\n};\n`
      + `function exact() {\n${body(78)}\n}\nfunction outer() {\n  function inner() {\n${body(85)}\n  }\n}\n`;
    assert.deepStrictEqual(longFunctions('x.ts', text, MAX_FUNCTION_LINES), ['long (line 6): 82 lines', '(anonymous) (line 88): 81 lines', 'outer (line 249): 89 lines', 'inner (line 250): 87 lines']);
  });

  test(`no file in src/core/render is longer than ${MAX_FILE_LINES} lines`, () => {
    assert.ok(files.length > 30, `found only ${files.length} files under ${ROOT}`);
    const long = files.map((f) => [path.relative(ROOT, f), fs.readFileSync(f, 'utf8').split('\n').length - 1] as const).filter(([, n]) => n > MAX_FILE_LINES);
    assert.deepStrictEqual(long, []);
  });

  test(`no function in src/core/render is longer than ${MAX_FUNCTION_LINES} lines`, () => {
    const long = files.flatMap((f) => longFunctions(f, fs.readFileSync(f, 'utf8'), MAX_FUNCTION_LINES).map((l) => `${path.relative(ROOT, f)}: ${l}`));
    assert.deepStrictEqual(long, []);
  });
});
