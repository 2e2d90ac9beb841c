// Packages of the term check that ship no type declarations.
declare module 'textlint-rule-prh' {
  const rule: unknown;
  export default rule;
}
declare module 'textlint-plugin-mdx' {
  const plugin: { Processor: unknown };
  export default plugin;
}
