declare module '*.hbs' {
  const template: { meta: Record<string, unknown>; spec: import('handlebars').TemplateSpecification };
  export default template;
}

declare module 'handlebars/dist/cjs/handlebars' {
  import Handlebars from 'handlebars';
  export default Handlebars;
}
