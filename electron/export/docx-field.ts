// A Word field written with its result, for the docx library, which writes its own SEQ field empty
// and marked for update (Word then asks to update fields when the file is opened).
import { BuilderElement, TextRun, XmlComponent } from 'docx';

class FieldCode extends XmlComponent {
  constructor(code: string) {
    super('w:instrText');
    this.root.push(code);
  }
}

const fieldChar = (type: 'begin' | 'separate' | 'end') =>
  new TextRun({
    children: [
      new BuilderElement<{ type: string }>({
        name: 'w:fldChar',
        attributes: { type: { key: 'w:fldCharType', value: type } },
      }),
    ],
  });

/**
 * A SEQ field with its number already in it: Word can renumber the captions and list them in a
 * table of tables, and shows the number without asking to update fields (docx's own SEQ field is
 * written without one, and counting them through its page layout costs 50 ms a table).
 */
export function sequenceField(identifier: string, number: number): TextRun[] {
  return [
    fieldChar('begin'),
    new TextRun({ children: [new FieldCode(`SEQ ${identifier} \\* ARABIC`)] }),
    fieldChar('separate'),
    new TextRun(String(number)),
    fieldChar('end'),
  ];
}
