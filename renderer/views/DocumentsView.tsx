// The documents view: import, the list with attributes, and the reading view of one transcript.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AttributeTools } from '../components/documents/AttributeTools';
import { DocumentTable } from '../components/documents/DocumentTable';
import { RemoveDocuments } from '../components/documents/RemoveDocuments';
import { ImportDialog } from '../components/import/ImportDialog';
import { useStore } from '../store';
import { selectReadOnly } from '../store/project-file-slice';
import { ReadingView } from './ReadingView';

export interface DocumentsViewProps {
  /** Whether the codebook is shown beside the list, and the switch for it. */
  codebookShown: boolean;
  onToggleCodebook: () => void;
}

export function DocumentsView({ codebookShown, onToggleCodebook }: DocumentsViewProps) {
  const { t } = useTranslation();
  const documents = useStore((s) => s.documents);
  const openDocument = useStore((s) => s.openDocument);
  const openImport = useStore((s) => s.openImport);
  const chooseFiles = useStore((s) => s.chooseFiles);
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const readOnly = useStore(selectReadOnly);

  if (openDocument) return <ReadingView />;
  return (
    <section
      className="documents"
      aria-labelledby="documents-heading"
      onDragOver={(e) => e.preventDefault()}
      onDrop={(e) => {
        // Dropping files anywhere on the list starts an import with them.
        e.preventDefault();
        const files = Array.from(e.dataTransfer.files);
        if (files.length && !readOnly) {
          openImport();
          void chooseFiles(files);
        }
      }}
    >
      <div className="view-header">
        <h2 id="documents-heading">{t('project.documents')}</h2>
        <button type="button" aria-pressed={codebookShown} onClick={onToggleCodebook}>
          {t('project.showCodebook')}
        </button>
        <button
          type="button"
          className="primary"
          disabled={readOnly}
          title={readOnly ? t('projectFile.readOnlyAction') : undefined}
          onClick={openImport}
        >
          {t('import.open')}
        </button>
      </div>
      {documents.length === 0 ? (
        <div className="empty-state">
          <p className="empty-title">{t('project.documentsEmpty')}</p>
          <p className="muted">{t('project.documentsEmptyHint')}</p>
        </div>
      ) : (
        <>
          <div className="toolbar-row">
            <AttributeTools selected={[...selected]} />
            <RemoveDocuments selected={[...selected]} onRemoved={() => setSelected(new Set())} />
          </div>
          <DocumentTable selected={selected} onSelect={setSelected} />
        </>
      )}
      <ImportDialog />
    </section>
  );
}
