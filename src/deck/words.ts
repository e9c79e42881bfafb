/**
 * The deck's own `{name}` filling, for the speaker view's clock and the handout. Not i18n/format's
 * `fill`: importing that module from the deck's code made rolldown split it from the charts' JSON
 * helpers, and every chart page paid for the extra chunk (the ENI model embed went 141 B over its
 * budget). The deck fills small counts and clock times only, which need no digit grouping.
 */
export const put = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (match, name: string) => String(values[name] ?? match));
