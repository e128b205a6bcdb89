// Message codes: every code is worded in both languages with the same placeholders (so a Swedish
// window never shows English), and the CLI's English picks the plural form by count.
import { describe, expect, it } from 'vitest';
import { en, sv } from '../../../renderer/i18n/parts/messages';
import { englishText, message, messagesEn, type Message } from '../../../shared/messages';

const slots = (s: string) => [...s.matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort();

describe('messages', () => {
  it.each(Object.keys(messagesEn))('%s has a Swedish wording with the same placeholders', (key) => {
    const code = key as keyof typeof messagesEn;
    expect(slots(sv[code])).toEqual(slots(messagesEn[code]));
    expect(en[code]).toBe(messagesEn[code]);
  });

  it.each<[Message, string]>([
    [
      message('notUtf8', { file: 'Gammal.txt' }),
      'Gammal.txt is not UTF-8; it was read as Windows-1252 (Western European).',
    ],
    [
      message('valueNotNumber', { attribute: 'Längd', value: 'sju' }),
      'Längd: "sju" is not a number.',
    ],
  ])('englishText(%j)', (m, text) => {
    expect(englishText(m)).toBe(text);
  });
});
