// mammoth reads every XML part of a .docx with @xmldom/xmldom and turns the DOM into its own element
// tree (mammoth/lib/xml/reader.js). On interview transcripts that reading was three fifths of
// mammoth's time (1.8 of 3.0 s for the bench's 144 files); saxes, the conformant streaming XML
// parser jsdom uses, builds the same tree in less than two thirds of the time and holds no DOM
// beside it. mammoth looks `readString` up on its xml module at every call (docx/office-xml-reader.js,
// docx/style-map.js), so putting this reader there changes nothing else in mammoth.
//
// The same tree, by construction and by test (tests/unit/import/docx-xml.test.ts): names are mapped
// as mammoth maps them (a known namespace's short prefix, else "{uri}local"); attributes include the
// xmlns declarations, as the DOM's do; text is decoded, with line ends and attribute values
// normalised as XML asks (as xmldom does); CDATA, comments and processing instructions are left
// out, as mammoth keeps only elements and text. saxes is stricter than xmldom: it refuses an
// unbound prefix, "]]>" in text, control characters, text after the root. Whatever saxes refuses
// is read by mammoth's own reader, so such a file reads as before or fails with mammoth's message.
import mammothXml, { type XmlElement } from 'mammoth/lib/xml/index.js';
import { readString as readWithXmldom } from 'mammoth/lib/xml/reader.js';
import { SaxesParser } from 'saxes';

type NamespaceMap = Readonly<Record<string, string>>;

/** mammoth's convertName: "w:p" for a mapped namespace, "{uri}p" for another, "p" for none. */
function mappedName(uri: string | undefined, local: string, map: NamespaceMap): string {
  if (!uri) return local;
  const prefix = map[uri];
  return prefix ? `${prefix}:${local}` : `{${uri}}${local}`;
}

/** mammoth's element tree of one XML part, read by saxes; throws whatever saxes refuses. */
export function readWithSaxes(source: string, namespaceMap: NamespaceMap = {}): XmlElement {
  const parser = new SaxesParser({ xmlns: true });
  const open: XmlElement[] = [];
  const roots: XmlElement[] = []; // saxes refuses a second one
  parser.on('opentag', (tag) => {
    const attributes: Record<string, string> = Object.create(null) as Record<string, string>;
    for (const name in tag.attributes) {
      const attribute = tag.attributes[name];
      if (attribute) {
        attributes[mappedName(attribute.uri, attribute.local, namespaceMap)] = attribute.value;
      }
    }
    const element = new mammothXml.Element(
      mappedName(tag.uri, tag.local, namespaceMap),
      attributes,
      [],
    );
    const parent = open.at(-1);
    if (parent) parent.children.push(element);
    else roots.push(element);
    open.push(element);
  });
  parser.on('closetag', () => {
    open.pop();
  });
  // Text outside the root element is whitespace (saxes refuses any other), which the DOM drops too.
  parser.on('text', (text) => {
    open.at(-1)?.children.push(mammothXml.text(text));
  });
  parser.write(source).close();
  const root = roots[0];
  if (!root) throw new Error('The XML has no root element.');
  return root;
}

/** mammoth's readString, by saxes where saxes accepts the XML and by mammoth's reader elsewhere. */
export function readXml(source: string, namespaceMap?: NamespaceMap): Promise<XmlElement> {
  let tree: XmlElement;
  try {
    tree = readWithSaxes(source, namespaceMap);
  } catch {
    return readWithXmldom(source, namespaceMap);
  }
  return Promise.resolve(tree);
}

/** Has mammoth read .docx parts with readXml from here on (in this thread). */
export function useSaxesInMammoth(): void {
  mammothXml.readString = readXml;
}
