// REFI-QDA exchange: the open project as .qdpx or .qdc, a .qdpx as a new project (then open), a
// .qdc merged into the open project. Reading and checking the file comes before any write.
import { existsSync, rmSync } from 'node:fs';
import { Project } from '../../db/project';
import { ApiError } from '../../shared/api/errors';
import { releaseSources, resolveSource } from './attributes';
import { requireProject } from './context';
import { normaliseProjectPath, replaceOpenProject } from './project';
import type { HandlerGroup } from './registry';

export const refiHandlers: HandlerGroup = {
  'refi.export': async ({ format }, ctx) => {
    const project = requireProject(ctx);
    // Loaded on use (zip and XML libraries): the command line starts faster without them.
    const { exportCodebook, exportProject } = await import('../refi/export');
    const { bytes, report } =
      format === 'qdpx' ? await exportProject(project) : exportCodebook(project);
    return { fileName: `${project.name}.${format}`, base64: bytes.toString('base64'), report };
  },

  'refi.importProject': async ({ source, target }, ctx) => {
    const file = resolveSource(ctx, source);
    const path = normaliseProjectPath(target);
    // Refused before the file is read: a big .qdpx should not be unpacked only to be refused.
    if (existsSync(path))
      throw new ApiError('file_exists', `${path} already exists; choose another name.`, { path });
    const { readFileChecked, readQdpxFile, writeQdpx } = await import('../refi/import-project');
    const parsed = await readQdpxFile(await readFileChecked(file.path, file.name), file.name);
    const project = Project.create(path, { empty: true });
    let report;
    try {
      report = writeQdpx(project, parsed);
    } catch (err) {
      project.close();
      for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
      if (err instanceof ApiError) throw err;
      throw new ApiError(
        'invalid_input',
        `${file.name} could not be imported, nothing was saved: ${(err as Error).message}`,
        { field: file.name },
      );
    }
    replaceOpenProject(ctx, project);
    releaseSources(ctx, [source]);
    return { ...report, path };
  },

  'refi.importCodebook': async ({ source }, ctx) => {
    const project = requireProject(ctx);
    const file = resolveSource(ctx, source);
    const { importCodebook } = await import('../refi/import-codebook');
    const { readFileChecked } = await import('../refi/import-project');
    const report = importCodebook(project, await readFileChecked(file.path, file.name), file.name);
    releaseSources(ctx, [source]);
    return report;
  },
};
