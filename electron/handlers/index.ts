// The app's registry: every feature's handler group, joined once.
import { attributeHandlers } from './attributes';
import { attributeValueHandlers } from './attribute-values';
import { codebookHandlers } from './codebook';
import { historyHandlers } from './history';
import { memoHandlers } from './memos';
import { searchHandlers } from './search';
import { segmentHandlers } from './segments';
import { inVivoHandlers } from './in-vivo';
import { codeHandlers } from './codes';
import { documentHandlers } from './documents';
import { exportHandlers } from './export';
import { importHandlers } from './import';
import { projectHandlers } from './project';
import { createRegistry } from './registry';
import { surveyHandlers } from './survey';
import { tableHandlers } from './tables';
import { tableExportHandlers } from './table-export';
import { refiHandlers } from './refi';
import { pseudonymiseHandlers } from './pseudonymise';
import { projectFileHandlers } from './project-file';
import { agreementHandlers } from './agreement';
import { mergeHandlers } from './merge';

export function createAppRegistry() {
  return createRegistry([
    projectHandlers,
    codeHandlers,
    documentHandlers,
    attributeHandlers,
    attributeValueHandlers,
    importHandlers,
    segmentHandlers,
    inVivoHandlers,
    codebookHandlers,
    memoHandlers,
    historyHandlers,
    searchHandlers,
    exportHandlers,
    surveyHandlers,
    tableHandlers,
    tableExportHandlers,
    refiHandlers,
    pseudonymiseHandlers,
    projectFileHandlers,
    agreementHandlers,
    mergeHandlers,
  ]);
}
