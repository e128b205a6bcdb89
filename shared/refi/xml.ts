// A small XML writer for project.qde and .qdc files: elements as data, written with the escaping
// XML 1.0 needs. Attribute values keep line breaks and tabs as character references, so a strict
// reader (which turns raw ones into spaces) reads back exactly what was written.

export interface XmlElement {
  name: string;
  attrs?: Record<string, string | number | boolean | null | undefined>;
  /** Child elements, or text (written as character data). */
  children?: (XmlElement | null | undefined | false)[];
  text?: string;
}

/** Characters XML 1.0 cannot carry at all, not even as references; replaced by U+FFFD. */
// With the u flag a surrogate pair is one character, so the class below meets lone halves only.
// eslint-disable-next-line no-control-regex -- these control characters are exactly what is matched
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/gu;

/** Text with the characters XML 1.0 cannot hold replaced, and how many there were. */
export function cleanXmlText(text: string): { text: string; replaced: number } {
  let replaced = 0;
  const out = text.replace(NOT_XML, () => {
    replaced++;
    return '\uFFFD';
  });
  return { text: out, replaced };
}

export function escapeText(text: string): string {
  return cleanXmlText(text)
    .text.replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;');
}

export function escapeAttr(value: string): string {
  return escapeText(value).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

function write(el: XmlElement, indent: string, out: string[]): void {
  let open = `${indent}<${el.name}`;
  for (const [k, v] of Object.entries(el.attrs ?? {})) {
    if (v === null || v === undefined) continue;
    open += ` ${k}="${escapeAttr(String(v))}"`;
  }
  const children = (el.children ?? []).filter((c): c is XmlElement => Boolean(c));
  if (el.text !== undefined) {
    // Text elements are written on one line: indentation inside would become part of the text.
    out.push(`${open}>${escapeText(el.text)}</${el.name}>`);
  } else if (children.length === 0) {
    out.push(`${open}/>`);
  } else {
    out.push(`${open}>`);
    for (const c of children) write(c, indent + '  ', out);
    out.push(`${indent}</${el.name}>`);
  }
}

/** A whole XML document, UTF-8, with the declaration. */
export function xmlDocument(root: XmlElement): string {
  const out = ['<?xml version="1.0" encoding="utf-8"?>'];
  write(root, '', out);
  return out.join('\n') + '\n';
}

const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * Decodes XML's five predefined entities and character references, in one pass (so "&amp;lt;"
 * stays "&lt;"). Nothing else is expanded: entities a DOCTYPE would define are left as written.
 */
export function decodeXmlEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(
    /&(?:#(\d{1,7})|#x([0-9a-fA-F]{1,6})|(amp|lt|gt|quot|apos));/g,
    (whole, dec, hex, name) => {
      if (name) return PREDEFINED[name as string] ?? whole;
      const cp = dec ? Number(dec) : parseInt(hex as string, 16);
      const valid = cp > 0 && cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff);
      return valid ? String.fromCodePoint(cp) : '\uFFFD';
    },
  );
}
