declare module '*.hbs' {
  const template: { meta: Record<string, unknown>; spec: import('handlebars').TemplateSpecification };
  export default template;
}
