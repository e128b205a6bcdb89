// Project lifecycle: create, open, close, and what the start screen needs (recent projects).
import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Project } from '../../db/project';
import { latestSchemaVersion } from '../../db/migrations';
import { ApiError } from '../../shared/api/errors';
import { APP_VERSION } from '../../shared/version';
import { expandHome } from '../config/paths';
import { requireProject, type Context } from './context';
import type { HandlerGroup } from './registry';

export const PROJECT_EXTENSION = '.kvalkod';

/** Absolute path with the project extension, as the user would expect from a Save dialog. */
export function normaliseProjectPath(path: string): string {
  const abs = resolve(expandHome(path));
  return abs.toLowerCase().endsWith(PROJECT_EXTENSION) ? abs : abs + PROJECT_EXTENSION;
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

export function replaceOpenProject(ctx: Context, project: Project) {
  ctx.jobs.cancelAll();
  ctx.session.project?.close();
  ctx.session.project = project;
  ctx.recent.touch(project.path, project.name);
  // The coder's name carries over from the last project (a project's own choice stays).
  const remembered = ctx.settings.coder();
  if (remembered !== null && project.coders.current() === null)
    project.coders.setCurrent(remembered);
  return project.summary();
}

export const projectHandlers: HandlerGroup = {
  'app.info': (_input, ctx) => ({
    version: APP_VERSION,
    schemaVersion: latestSchemaVersion(),
    host: ctx.host,
    defaultProjectDir: ctx.defaultProjectDir,
    nativeDialogs: ctx.dialogs !== null,
  }),

  'recent.list': (_input, ctx) => ctx.recent.list(),
  'recent.forget': ({ path }, ctx) => {
    ctx.recent.forget(path);
    return ctx.recent.list();
  },

  'dialog.pickProjectPath': async ({ mode, suggestedName }, ctx) => {
    if (!ctx.dialogs)
      throw new ApiError(
        'not_supported',
        'This window has no system file dialog; type the path instead.',
      );
    return { path: await ctx.dialogs.pickProjectPath(mode, suggestedName) };
  },

  'project.create': ({ path, empty }, ctx) =>
    replaceOpenProject(ctx, Project.create(normaliseProjectPath(path), { empty })),

  'project.checkPath': ({ path }) => {
    const file = normaliseProjectPath(path);
    const folder = dirname(file);
    return { path: file, folder, folderExists: isFolder(folder), taken: existsSync(file) };
  },

  'project.open': ({ path }, ctx) => {
    const abs = resolve(expandHome(path));
    const current = ctx.session.project;
    if (current?.path === abs) {
      if (current.fileUnchanged) return current.summary();
      // Another file is at the path now: the old one is kept as a recovered copy, this one opens.
      try {
        requireProject(ctx);
      } catch {
        // requireProject has closed the old file and left the session empty.
      }
    }
    return replaceOpenProject(ctx, Project.open(abs));
  },

  'project.close': (_input, ctx) => {
    ctx.jobs.cancelAll();
    ctx.session.project?.close();
    ctx.session.project = null;
    return null;
  },

  'project.current': (_input, ctx) => ctx.session.project?.summary() ?? null,

  'project.info': (_input, ctx) => requireProject(ctx).info(),
};
