// The REFI-QDA model as XML: project.qde (valid against Project.xsd) and a .qdc codebook (valid
// against Codebook.xsd). Element order follows the schemas' sequences exactly.
import {
  QDC_NAMESPACE,
  QDE_NAMESPACE,
  type RefiCode,
  type RefiCoding,
  type RefiNote,
  type RefiProject,
  type RefiSelection,
  type RefiTextSource,
  type RefiValue,
} from './model';
import { writtenDateTime as when } from './dates';
import { xmlDocument, type XmlElement } from './xml';

const text = (name: string, value: string): XmlElement | null =>
  value === '' ? null : { name, text: value };
const refs = (name: string, guids: string[]): XmlElement[] =>
  guids.map((g) => ({ name, attrs: { targetGUID: g } }));

function codeElement(code: RefiCode, withNotes: boolean): XmlElement {
  return {
    name: 'Code',
    attrs: { guid: code.guid, name: code.name, isCodable: code.codable, color: code.color },
    children: [
      text('Description', code.description),
      ...(withNotes ? refs('NoteRef', code.noteRefs) : []),
      ...code.children.map((c) => codeElement(c, withNotes)),
    ],
  };
}

const VALUE_ELEMENT = {
  Text: 'TextValue',
  Boolean: 'BooleanValue',
  Integer: 'IntegerValue',
  Float: 'FloatValue',
  Date: 'DateValue',
  DateTime: 'DateTimeValue',
} as const;

const valueElement = (v: RefiValue): XmlElement => ({
  name: 'VariableValue',
  children: [
    { name: 'VariableRef', attrs: { targetGUID: v.variable } },
    { name: VALUE_ELEMENT[v.type], text: v.value },
  ],
});

const codingElement = (c: RefiCoding): XmlElement => ({
  name: 'Coding',
  attrs: { guid: c.guid, creatingUser: c.user, creationDateTime: when(c.created) },
  children: [{ name: 'CodeRef', attrs: { targetGUID: c.code } }],
});

const stamps = (s: { user: string | null; created: string | null; modified: string | null }) => ({
  creatingUser: s.user,
  creationDateTime: when(s.created),
  modifyingUser: when(s.modified) ? s.user : null,
  modifiedDateTime: when(s.modified),
});

const selectionElement = (s: RefiSelection): XmlElement => ({
  name: 'PlainTextSelection',
  attrs: {
    guid: s.guid,
    name: s.name,
    startPosition: s.start,
    endPosition: s.end,
    ...stamps(s),
  },
  children: [
    text('Description', s.description),
    ...s.codings.map(codingElement),
    ...refs('NoteRef', s.noteRefs),
  ],
});

function textSourceElement(name: string, s: RefiTextSource | RefiNote): XmlElement {
  const source = 'selections' in s ? s : null;
  return {
    name,
    attrs: { guid: s.guid, name: s.name, plainTextPath: s.path, ...stamps(s) },
    children: [
      source && text('Description', source.description),
      s.content !== null && { name: 'PlainTextContent', text: s.content },
      ...(source?.selections.map(selectionElement) ?? []),
      ...(source?.codings.map(codingElement) ?? []),
      ...refs('NoteRef', source?.noteRefs ?? []),
      ...(source?.values.map(valueElement) ?? []),
    ],
  };
}

function list(name: string, children: XmlElement[]): XmlElement | null {
  return children.length ? { name, children } : null;
}

export function writeProject(p: RefiProject): string {
  return xmlDocument({
    name: 'Project',
    attrs: {
      xmlns: QDE_NAMESPACE,
      name: p.name,
      origin: p.origin,
      creatingUserGUID: p.creatingUser,
      creationDateTime: when(p.created),
      modifyingUserGUID: when(p.modified) ? p.creatingUser : null,
      modifiedDateTime: when(p.modified),
    },
    children: [
      list(
        'Users',
        p.users.map((u) => ({ name: 'User', attrs: { guid: u.guid, name: u.name } })),
      ),
      p.codes.length
        ? {
            name: 'CodeBook',
            children: [{ name: 'Codes', children: p.codes.map((c) => codeElement(c, true)) }],
          }
        : null,
      list(
        'Variables',
        p.variables.map((v) => ({
          name: 'Variable',
          attrs: { guid: v.guid, name: v.name, typeOfVariable: v.type },
          children: [text('Description', v.description)],
        })),
      ),
      list(
        'Cases',
        p.cases.map((c) => ({
          name: 'Case',
          attrs: { guid: c.guid, name: c.name },
          children: [
            text('Description', c.description),
            ...refs('CodeRef', c.codeRefs),
            ...c.values.map(valueElement),
            ...refs('SourceRef', c.sourceRefs),
            ...refs('SelectionRef', c.selectionRefs),
          ],
        })),
      ),
      list(
        'Sources',
        p.sources.map((s) => textSourceElement('TextSource', s)),
      ),
      list(
        'Notes',
        p.notes.map((n) => textSourceElement('Note', n)),
      ),
      text('Description', p.description),
      ...refs('NoteRef', p.noteRefs),
    ],
  });
}

/** A codebook alone; Codebook.xsd has no notes, so codes carry only their descriptions. */
export function writeCodebook(codes: RefiCode[], origin: string): string {
  return xmlDocument({
    name: 'CodeBook',
    attrs: { xmlns: QDC_NAMESPACE, origin },
    children: [{ name: 'Codes', children: codes.map((c) => codeElement(c, false)) }],
  });
}
