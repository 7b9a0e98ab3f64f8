declare module '*.hbs' {
  const template: { meta: Record<string, unknown>; spec: import('handlebars').TemplateSpecification };
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
