// Reads a chart back as XML (as a browser or an editor would): it must be well-formed, and the
// tests look at its elements rather than at the text of the string.
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export interface Node {
  name: string;
  attributes: Record<string, string>;
  children: Node[];
  text: string;
}

type Raw = Record<string, unknown>;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: false,
});

function toNode(raw: Raw): Node | null {
  const name = Object.keys(raw).find((k) => k !== ':@');
  if (!name || name === '#text') return null;
  const children = ((raw[name] as Raw[] | undefined) ?? []).flatMap((c) => {
    const n = toNode(c);
    return n ? [n] : [];
  });
  const text = ((raw[name] as Raw[] | undefined) ?? [])
    .map((c) => (typeof c['#text'] === 'string' ? c['#text'] : ''))
    .join('');
  return {
    name,
    attributes: (raw[':@'] as Record<string, string> | undefined) ?? {},
    children,
    text,
  };
}

export function parseSvg(svg: string): Node {
  // Deprecated in favour of a separate package; the one shipped here still checks well-formedness,
  // which is all this test needs, without adding a dependency.
  // eslint-disable-next-line @typescript-eslint/no-deprecated
  const valid = XMLValidator.validate(svg);
  if (valid !== true) throw new Error(`not well-formed: ${valid.err.msg} (line ${valid.err.line})`);
  const [root] = (parser.parse(svg) as Raw[]).flatMap((r) => {
    const n = toNode(r);
    return n ? [n] : [];
  });
  if (root?.name !== 'svg') throw new Error('no <svg> root');
  return root;
}

/** Every element below `node` (depth first) that matches. */
export function findAll(node: Node, match: (n: Node) => boolean): Node[] {
  return node.children.flatMap((c) => [...(match(c) ? [c] : []), ...findAll(c, match)]);
}

/** The text of an element with its tspans, entities decoded. */
export function textOf(node: Node): string {
  const own = node.text + node.children.map(textOf).join(' ');
  return own
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .trim();
}
