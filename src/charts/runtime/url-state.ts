/**
 * The one way a chart reads its state from its page's URL and writes it back: a list of typed
 * fields (URL key, the values allowed, the default), read with every value clamped to what the
 * chart accepts, so that any link opens a state the chart can show; written back in place, so
 * that the address bar is always a link to what the reader sees.
 *
 * Pure but for `replaceQuery`: the build parses a slide's fixed scenario with it too.
 */

export interface NumberField {
  /** The URL key, when it is not the state's own name for the value. */
  key?: string;
  min: number;
  max: number;
  /** Whole numbers: a URL's 2.6 reads as 3. */
  integer?: boolean;
  /** When the URL gives none (or nothing readable); without one, the state leaves the value out. */
  default?: number;
  /** A value the query leaves out, so that a link follows the site's default, should that change. */
  omitWhen?: number;
}

export interface ChoiceField<T extends string = string> {
  key?: string;
  values: readonly T[];
  default: T;
  omitWhen?: T;
}

export type Field = NumberField | ChoiceField;

/** Whole numbers within a range, and the default when the URL gives none (or none, when left out). */
export const whole = <D extends number | undefined = undefined>(range: { min: number; max: number }, fallback?: D) =>
  ({ min: range.min, max: range.max, integer: true, default: fallback as D }) satisfies NumberField;
export type Fields = Record<string, Field>;

type WithDefault<F extends Fields> = { [K in keyof F as F[K] extends { default: number | string } ? K : never]: F[K] extends ChoiceField<infer T> ? T : number };
type WithoutDefault<F extends Fields> = { [K in keyof F as F[K] extends { default: number | string } ? never : K]?: number };
/** The state a field list describes: a value for each field, optional where the field has no default. */
export type UrlStateOf<F extends Fields> = WithDefault<F> & WithoutDefault<F>;

/** Where values are read from: a URL's query, or a form's data (anything with `get`). */
export type Source = string | { get(name: string): unknown };

export interface UrlState<S> {
  /** The state with nothing in the URL. */
  readonly defaults: S;
  /** The URL keys, in the order the query writes them (the gallery lists them). */
  readonly keys: readonly string[];
  /**
   * The state a source asks for, each value clamped to its field or, when missing or unreadable,
   * its default. `by: 'name'` reads a form whose controls are named as the state is.
   */
  parse(source: Source, by?: 'key' | 'name'): S;
  /** The query for a state, in the fields' order; into `params` when given, to follow another's keys. */
  query(state: Partial<S>, params?: URLSearchParams): string;
}

const isChoice = (field: Field): field is ChoiceField => 'values' in field;

function readField(field: Field, raw: unknown): number | string | undefined {
  if (isChoice(field)) return field.values.includes(raw as string) ? (raw as string) : field.default;
  const text = typeof raw === 'string' ? raw.trim() : '';
  const value = text === '' ? NaN : Number(text);
  if (!Number.isFinite(value)) return field.default;
  return Math.min(field.max, Math.max(field.min, field.integer ? Math.round(value) : value));
}

export function urlState<const F extends Fields>(fields: F): UrlState<UrlStateOf<F>> {
  type S = UrlStateOf<F>;
  const entries = Object.entries(fields).map(([name, field]) => ({ name, key: field.key ?? name, field }));
  const parse = (source: Source, by: 'key' | 'name' = 'key'): S => {
    const values = typeof source === 'string' ? new URLSearchParams(source) : source;
    const state: Record<string, number | string> = {};
    for (const { name, key, field } of entries) {
      const value = readField(field, values.get(by === 'key' ? key : name));
      if (value !== undefined) state[name] = value;
    }
    return state as S;
  };
  return {
    defaults: parse(''),
    keys: entries.map(({ key }) => key),
    parse,
    query(state, params = new URLSearchParams()) {
      for (const { name, key, field } of entries) {
        const value = (state as Record<string, number | string | undefined>)[name];
        if (value !== undefined && value !== field.omitWhen) params.set(key, String(value));
      }
      return params.toString();
    },
  };
}

/**
 * Shows a state's value in a form's control. A list that does not offer it (a URL's memory=1792)
 * gets an option for it, so that the form always shows what the chart draws.
 */
export function showInForm(form: HTMLFormElement, name: string, value: number | string, label = String(value)): void {
  const control = form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
  if (!control) return;
  if (control instanceof HTMLSelectElement && ![...control.options].some((option) => option.value === String(value))) control.add(new Option(label, String(value)));
  control.value = String(value);
}

/** Puts a chart's query in the page's address in place (no new history entry), keeping the path and the hash. */
export function replaceQuery(query: string): void {
  const { pathname, hash } = window.location;
  history.replaceState(history.state, '', `${pathname}?${query}${hash}`);
}
