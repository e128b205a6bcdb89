// Messages the user reads that the Node side makes (import warnings, history entries, report
// lines): a code with parameters, worded by the renderer in the interface language
// (renderer/i18n, `messages.<code>`) and by the CLI in English (englishText, from the same English
// catalog the renderer uses), so that no English sentence ever reaches a Swedish screen.
import { messagesEn } from './en';

type Catalog = typeof messagesEn;
type Base<K> = K extends `${infer B}_one` ? B : K extends `${infer B}_other` ? B : K;
export type MessageCode = Base<keyof Catalog>;

/** The {{names}} a wording needs. */
type Slots<S> = S extends `${string}{{${infer P}}}${infer R}` ? P | Slots<R> : never;
type Wording<C extends MessageCode> =
  | (C extends keyof Catalog ? Catalog[C] : never)
  | (`${C}_one` extends keyof Catalog ? Catalog[`${C}_one`] : never)
  | (`${C}_other` extends keyof Catalog ? Catalog[`${C}_other`] : never);
export type ParamsOf<C extends MessageCode> = Record<Slots<Wording<C>>, string | number>;

export type MessageParams = Record<string, string | number>;
export interface Message {
  code: MessageCode;
  params: MessageParams;
}

/** A message whose parameters are checked against its English wording at compile time. */
export function message<C extends MessageCode>(code: C, params: ParamsOf<C>): Message {
  return { code, params };
}

const plural = new Intl.PluralRules('en');
const catalog: Record<string, string> = messagesEn;

/** The English sentence (the CLI's words, and what an English window shows). */
export function englishText(m: Message): string {
  const count = m.params.count;
  const form = typeof count === 'number' ? catalog[`${m.code}_${plural.select(count)}`] : undefined;
  const wording = form ?? catalog[m.code] ?? catalog[`${m.code}_other`] ?? m.code;
  return wording.replace(/{{(\w+)}}/g, (_, name: string) => String(m.params[name] ?? ''));
}

export { messagesEn };
