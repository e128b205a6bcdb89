// Reads project.qde and .qdc files into the REFI-QDA model. Hostile input is refused before the
// parser sees it (a DOCTYPE, where entity expansion attacks live: REFI-QDA files never need one);
// everything else is read leniently, and what does not fit is reported, never thrown at the user.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import {
  VARIABLE_TYPES,
  type RefiCase,
  type RefiCode,
  type RefiCoding,
  type RefiNote,
  type RefiProject,
  type RefiSelection,
  type RefiTextSource,
  type RefiValue,
} from '../../shared/refi/model';
import { message, type Message } from '../../shared/messages';
import { readDateTime } from '../../shared/refi/dates';
import { internalPath, normaliseGuid } from '../../shared/refi/names';
import { decodeXmlEntities } from '../../shared/refi/xml';
import { decodeText } from '../import/decode-text';
import { ApiError } from '../../shared/api/errors';
import { unreadable } from './unreadable';

type Node = Record<string, unknown>;

const LISTS = new Set([
  'User',
  'Code',
  'Variable',
  'Case',
  'TextSource',
  'PictureSource',
  'PDFSource',
  'AudioSource',
  'VideoSource',
  'Note',
  'PlainTextSelection',
  'Coding',
  'NoteRef',
  'VariableValue',
  'SourceRef',
  'CodeRef',
  'SelectionRef',
]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  // Only XML's own entities and character references are decoded; a DOCTYPE's are never expanded.
  processEntities: true,
  entityDecoder: {
    setExternalEntities: () => undefined,
    addInputEntities: () => undefined,
    reset: () => undefined,
    setXmlVersion: () => undefined,
    decode: decodeXmlEntities,
  },
  isArray: (name) => LISTS.has(name),
});

/** Parses the XML of a REFI-QDA file; `root` is Project or CodeBook. */
export function parseRefiXml(bytes: Uint8Array, file: string, root: string): Node {
  const xml = decodeText(bytes).text;
  const outsideData = xml.replace(/<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->/g, '');
  if (/<!DOCTYPE|<!ENTITY/i.test(outsideData))
    throw unreadable(
      file,
      'it declares a document type (DOCTYPE); REFI-QDA files have none, and such declarations can hide an entity expansion attack',
      'doctype',
    );
  let doc: Node;
  try {
    // The parser itself accepts broken XML; a truncated or damaged file must be refused instead.
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- still shipped and maintained in fast-xml-parser 5; its successor package is not a dependency
    const valid = XMLValidator.validate(xml);
    if (valid !== true)
      throw unreadable(
        file,
        `the XML is not well-formed (line ${valid.err.line}: ${valid.err.msg})`,
        'not_xml',
        { line: valid.err.line },
      );
    doc = parser.parse(xml) as Node;
  } catch (err) {
    if (err instanceof ApiError) throw err;
    throw unreadable(file, `the XML is not well-formed (${(err as Error).message})`, 'not_xml', {
      line: '?',
    });
  }
  const top = doc[root];
  if (!top || typeof top !== 'object')
    throw unreadable(
      file,
      `it is not a REFI-QDA ${root === 'Project' ? 'project' : 'codebook'}`,
      root === 'Project' ? 'not_refi_project' : 'not_refi_codebook',
    );
  return top as Node;
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const lf = (s: string) => s.replace(/\r\n?/g, '\n');
/** Text of an element that may also carry attributes ({"#text": ...}). */
function textOf(v: unknown): string {
  if (Array.isArray(v)) return textOf(v[0]);
  if (typeof v === 'string') return lf(v);
  if (v && typeof v === 'object') return lf(str((v as Node)['#text']));
  return '';
}
const list = (v: unknown): Node[] =>
  (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter(
    (x): x is Node => typeof x === 'object' && x !== null,
  );
const child = (n: Node, name: string): Node => list(n[name])[0] ?? {};
const guidOf = (n: Node) => normaliseGuid(str(n.guid));
const refs = (n: Node, name: string) =>
  list(n[name])
    .map((r) => normaliseGuid(str(r.targetGUID)))
    .filter((g): g is string => g !== null);
const date = (v: unknown) => readDateTime(str(v));
/** The GUIDs that internal:// paths are named after ("internal://<guid>.txt"). */
const fileGuids = (...paths: unknown[]) =>
  paths.flatMap((p) => {
    const where = internalPath(p === undefined ? null : str(p));
    const guid = where.kind === 'file' ? normaliseGuid(where.name.replace(/\.[^.]*$/, '')) : null;
    return guid ? [guid] : [];
  });
const stamps = (n: Node) => ({
  user: normaliseGuid(str(n.creatingUser)),
  created: date(n.creationDateTime),
  modified: date(n.modifiedDateTime),
});

export class Reader {
  readonly warnings: Message[] = [];

  /** The element's GUID; an element without a valid one gets a fresh GUID and a warning. */
  #guid(n: Node, what: Message): string {
    const g = guidOf(n);
    if (g) return g;
    this.warnings.push(what);
    return crypto.randomUUID();
  }

  codes(n: Node, depth = 0): RefiCode[] {
    if (depth > 64) {
      this.warnings.push(message('refiCodesTooDeep', {}));
      return [];
    }
    return list(n.Code).map((c) => {
      const name = str(c.name).trim() || '(utan namn)';
      return {
        guid: this.#guid(c, message('refiCodeNoGuid', { code: name })),
        name,
        // xsd:boolean is "false" or "0"; some tools write "False".
        codable: !['false', '0'].includes(str(c.isCodable).trim().toLowerCase()),
        color: /^#([0-9a-f]{6}|[0-9a-f]{3})$/i.test(str(c.color)) ? str(c.color) : null,
        description: textOf(c.Description),
        noteRefs: refs(c, 'NoteRef'),
        children: this.codes(c, depth + 1),
      };
    });
  }

  #values(n: Node): RefiValue[] {
    return list(n.VariableValue).flatMap((v) => {
      const variable = normaliseGuid(str(child(v, 'VariableRef').targetGUID));
      const found = VARIABLE_TYPES.find((t) => v[`${t}Value`] !== undefined);
      if (!variable || !found) return [];
      return [{ variable, type: found, value: textOf(v[`${found}Value`]) }];
    });
  }

  #codings(n: Node): RefiCoding[] {
    return list(n.Coding).flatMap((c) => {
      const code = refs(c, 'CodeRef')[0];
      if (!code) return [];
      return [{ guid: guidOf(c) ?? crypto.randomUUID(), code, ...stamps(c) }];
    });
  }

  #selection(n: Node, source: string): RefiSelection | null {
    const start = str(n.startPosition).trim();
    const end = str(n.endPosition).trim();
    if (!/^\d+$/.test(start) || !/^\d+$/.test(end)) {
      this.warnings.push(message('refiSelectionNoPositions', { document: source }));
      return null;
    }
    return {
      guid: this.#guid(n, message('refiSelectionNoGuid', { document: source })),
      name: n.name === undefined ? null : str(n.name),
      start: Number(start),
      end: Number(end),
      description: textOf(n.Description),
      ...stamps(n),
      codings: this.#codings(n),
      noteRefs: refs(n, 'NoteRef'),
    };
  }

  #textSource(n: Node, what: string): RefiTextSource {
    const name = str(n.name).trim() || what;
    const content = n.PlainTextContent === undefined ? null : textOfRaw(n.PlainTextContent);
    const selections = list(n.PlainTextSelection).map((s) => this.#selection(s, name));
    return {
      guid: this.#guid(n, message('refiSourceNoGuid', { document: name })),
      name,
      path: n.plainTextPath === undefined ? null : str(n.plainTextPath),
      richPath: n.richTextPath === undefined ? null : str(n.richTextPath),
      aliases: fileGuids(n.plainTextPath, n.richTextPath),
      content,
      description: textOf(n.Description),
      ...stamps(n),
      selections: selections.filter((s): s is RefiSelection => s !== null),
      codings: this.#codings(n),
      noteRefs: refs(n, 'NoteRef'),
      values: this.#values(n),
    };
  }

  /** Sets, Links and Graphs (of a project or a codebook) have no place in Kvalkod: reported. */
  unkept(p: Node): void {
    for (const [group, item, code] of [
      ['Sets', 'Set', 'refiSetsNotKept'],
      ['Links', 'Link', 'refiLinksNotKept'],
      ['Graphs', 'Graph', 'refiGraphsNotKept'],
    ] as const) {
      const items = list(child(p, group)[item]);
      if (items.length === 0) continue;
      const names = items.map((i) => str(i.name).trim()).filter(Boolean);
      const shown = names.length
        ? ` (${names
            .slice(0, 5)
            .map((n) => `"${n}"`)
            .join(', ')}${names.length > 5 ? ', …' : ''})`
        : '';
      this.warnings.push(message(code, { count: items.length, names: shown }));
    }
  }

  project(p: Node): RefiProject {
    this.unkept(p);
    const sources = child(p, 'Sources');
    const otherSources = ['PictureSource', 'PDFSource', 'AudioSource', 'VideoSource'].flatMap(
      (kind) =>
        list(sources[kind]).map((s) => ({
          kind,
          guid: guidOf(s) ?? '',
          name: str(s.name) || str(s.path) || kind,
          aliases: fileGuids(s.path),
        })),
    );
    const cases: RefiCase[] = list(child(p, 'Cases').Case).map((c) => ({
      guid: this.#guid(c, message('refiCaseNoGuid', { case: str(c.name) })),
      name: str(c.name).trim(),
      description: textOf(c.Description),
      values: this.#values(c),
      sourceRefs: refs(c, 'SourceRef'),
      codeRefs: refs(c, 'CodeRef'),
      selectionRefs: refs(c, 'SelectionRef'),
    }));
    const notes: RefiNote[] = list(child(p, 'Notes').Note).map((n) => {
      const s = this.#textSource(n, 'Note');
      return { guid: s.guid, name: str(n.name), content: s.content, path: s.path, ...stamps(n) };
    });
    return {
      name: str(p.name),
      origin: str(p.origin),
      description: textOf(p.Description),
      created: date(p.creationDateTime),
      modified: date(p.modifiedDateTime),
      creatingUser: normaliseGuid(str(p.creatingUserGUID)),
      users: list(child(p, 'Users').User).flatMap((u) => {
        const guid = guidOf(u);
        return guid ? [{ guid, name: str(u.name).trim() || str(u.id).trim() || guid }] : [];
      }),
      codes: this.codes(child(child(p, 'CodeBook'), 'Codes')),
      variables: list(child(p, 'Variables').Variable).flatMap((v) => {
        const type = VARIABLE_TYPES.find((t) => t === str(v.typeOfVariable).trim());
        const name = str(v.name).trim();
        if (!name) return [];
        return [
          {
            guid: this.#guid(v, message('refiVariableNoGuid', { variable: name })),
            name,
            type: type ?? 'Text',
            description: textOf(v.Description),
          },
        ];
      }),
      cases,
      sources: list(sources.TextSource).map((s) => this.#textSource(s, 'Text')),
      otherSources,
      notes,
      noteRefs: refs(p, 'NoteRef'),
    };
  }
}

/**
 * PlainTextContent as the XML parser gives it: selections count its characters, a CR written as
 * &#13; included (moved later); a raw CR LF is one LF already (XML end-of-line handling).
 */
function textOfRaw(v: unknown): string {
  if (Array.isArray(v)) return textOfRaw(v[0]);
  if (typeof v === 'string') return v;
  if (v && typeof v === 'object') return str((v as Node)['#text']);
  return '';
}
