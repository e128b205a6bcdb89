// Types for the two modules of mammoth 1.13 that docx-xml.ts uses (mammoth ships types only for
// its public API). Shapes from mammoth/lib/xml/nodes.js and mammoth/lib/xml/reader.js.
declare module 'mammoth/lib/xml/index.js' {
  export interface XmlText {
    type: 'text';
    value: string;
  }
  export interface XmlElement {
    type: 'element';
    name: string;
    attributes: Record<string, string>;
    children: XmlNode[];
  }
  export type XmlNode = XmlElement | XmlText;
  /** Reads an XML part into mammoth's tree; the map gives a namespace URI its short prefix. */
  export type ReadString = (
    xml: string,
    namespaceMap?: Readonly<Record<string, string>>,
  ) => Promise<XmlElement>;

  const xml: {
    /** Looked up at every call by mammoth's .docx reader, so it can be replaced. */
    readString: ReadString;
    Element: new (
      name: string,
      attributes: Record<string, string>,
      children: XmlNode[],
    ) => XmlElement;
    text(value: string): XmlText;
  };
  export default xml;
}

declare module 'mammoth/lib/xml/reader.js' {
  import type { ReadString } from 'mammoth/lib/xml/index.js';
  /** mammoth's own reader (@xmldom/xmldom), kept by docx-xml.ts for what saxes refuses. */
  export const readString: ReadString;
}
