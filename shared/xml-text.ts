// Text put into files and markup that Kvalkod writes itself (Word and Excel files, SVG charts, copied
// tables). Labels come from users and transcripts, so characters XML cannot hold are dropped and, for
// SVG and HTML, every piece of text is escaped.

// XML 1.0 cannot hold most control characters, and Excel, Word and browsers refuse a file that does.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '').replace(LONE_SURROGATE, '\uFFFD');
}

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Safe as element text and inside a quoted attribute, in XML and in HTML alike. */
export function escapeXml(text: string): string {
  return xmlSafe(text).replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? ch);
}
