// Required at first use by ../libraries (see markdownIt.ts): only what the glossary loader and
// the template front matter use.
export { CST, Lexer, LineCounter, Parser, parse, parseDocument, isAlias, isMap, isScalar, isSeq, visit } from 'yaml';
