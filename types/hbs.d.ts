declare module '*.hbs' {
  /** The template's text without its front matter, checked at build time; precompiled instead in the
   *  command line's bundle (scripts/handlebars-precompile.mjs). */
  const template: { meta: Record<string, unknown>; source?: string; spec?: Parameters<typeof import('handlebars')['template']>[0] };
  export default template;
}

declare module 'handlebars/dist/cjs/handlebars' {
  import Handlebars from 'handlebars';
  export default Handlebars;
}

declare module 'phrases:builtin' {
  /** phrases/<locale>/*.ftl, bundled as text by scripts/phrasebook-bundle.mjs. */
  const phrases: Record<string, { file: string; text: string }[]>;
  export default phrases;
}

declare module 'shipped:files' {
  /** The files the extension reads beside its code after activation (scripts/shipped-files.mjs);
   *  empty where the bundle carries them inline (the command line, the tests). */
  const files: readonly string[];
  export default files;
}

declare module 'codicon:*' {
  /** The path data of one of @vscode/codicons' 16×16 source SVGs (scripts/build.mjs, codiconPaths). */
  const paths: readonly { d: string; evenOdd: boolean }[];
  export default paths;
}
