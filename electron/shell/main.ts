// The desktop shell: one window, the UI served over the kvalkod:// protocol, the API over one IPC
// channel whose every message is checked to come from the app's own frame. One app at a time: a
// second launch hands its file to the first (single-instance lock) and quits.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, protocol, session } from 'electron';
import { setNativeBinding } from '../../db/connection';
import { createAppRegistry } from '../handlers';
import { shutdownImportWorker } from '../import/parse-in-worker';
import { createContext } from '../handlers/create-context';
import type { Dialogs } from '../handlers/context';
import { contentType } from '../../shared/mime';
import { electronNativeBinding } from './native';
import { projectPathInArgs } from './open-request';
import {
  API_CHANNEL,
  APP_ENTRY,
  APP_SCHEME,
  SECURITY_HEADERS,
  denyAllPermissions,
  hardenContents,
  isTrustedSender,
  resolveAppFile,
  windowOptions,
} from './security';

const here = fileURLToPath(new URL('.', import.meta.url));
const rendererDir = join(here, '..', 'renderer');

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

let mainWindow: BrowserWindow | null = null;

// A file to open, from this launch's command line, a second launch, or macOS's open-file (which can
// come before the app is ready). The window takes it when it starts and whenever it gets focus
// (app.takeOpenRequest), so it opens through the window's own Open, with its messages.
let pendingOpen = projectPathInArgs(process.argv.slice(app.isPackaged ? 1 : 2), process.cwd());
let requestOpen = (path: string | null) => {
  pendingOpen = path ?? pendingOpen;
};
app.on('second-instance', (_event, argv, workingDirectory) =>
  requestOpen(projectPathInArgs(argv.slice(1), workingDirectory)),
);
app.on('open-file', (event, path) => {
  event.preventDefault();
  requestOpen(path);
});

const dialogs: Dialogs = {
  async pickProjectPath(mode, suggestedName) {
    const filters = [{ name: 'Kvalkod', extensions: ['kvalkod'] }];
    if (mode === 'save') {
      const options = { filters, defaultPath: suggestedName ?? 'Nytt projekt.kvalkod' };
      const r = mainWindow
        ? await dialog.showSaveDialog(mainWindow, options)
        : await dialog.showSaveDialog(options);
      return r.canceled || !r.filePath ? null : r.filePath;
    }
    const options = { filters, properties: ['openFile' as const] };
    const r = mainWindow
      ? await dialog.showOpenDialog(mainWindow, options)
      : await dialog.showOpenDialog(options);
    return r.canceled ? null : (r.filePaths[0] ?? null);
  },
  async pickImportFiles(folders) {
    const options = {
      filters: folders
        ? []
        : [{ name: 'Transkriptioner', extensions: ['docx', 'txt', 'md', 'odt', 'rtf'] }],
      properties: [
        folders ? ('openDirectory' as const) : ('openFile' as const),
        'multiSelections' as const,
      ],
    };
    const r = mainWindow
      ? await dialog.showOpenDialog(mainWindow, options)
      : await dialog.showOpenDialog(options);
    return r.canceled ? [] : r.filePaths;
  },
};

async function start(): Promise<void> {
  setNativeBinding(electronNativeBinding(app.isPackaged, process.resourcesPath, here));
  await app.whenReady();

  denyAllPermissions(session.defaultSession);
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppFile(request.url, rendererDir, join);
    if (!file) return new Response('Not found', { status: 404 });
    try {
      const body = await readFile(file);
      return new Response(body, {
        headers: { 'Content-Type': contentType(file), ...SECURITY_HEADERS },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });

  const registry = createAppRegistry();
  const ctx = createContext('electron', { dialogs });
  ctx.session.openRequest = pendingOpen;
  requestOpen = (path) => {
    if (path) ctx.session.openRequest = path;
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  };
  ipcMain.handle(API_CHANNEL, (event, method: unknown, input: unknown) => {
    if (!isTrustedSender(event.senderFrame)) {
      return {
        ok: false,
        error: { code: 'internal', message: 'Refused: the message did not come from Kvalkod.' },
      };
    }
    return registry.dispatch(typeof method === 'string' ? method : '', input, ctx);
  });

  app.on('web-contents-created', (_event, contents) => hardenContents(contents));
  app.on('will-quit', () => void shutdownImportWorker());
  app.on('window-all-closed', () => {
    ctx.session.project?.close();
    ctx.session.project = null;
    app.quit();
  });

  mainWindow = new BrowserWindow(
    windowOptions(join(here, 'preload.cjs'), { packaged: app.isPackaged }),
  );
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  await mainWindow.loadURL(APP_ENTRY);
}

// Two app processes on one project would each hold their own undo labels and caches: the second
// launch passes its file to the first (the 'second-instance' event above) and ends here.
if (!app.requestSingleInstanceLock()) app.quit();
else
  start().catch((err: unknown) => {
    console.error('Kvalkod could not start:', err);
    app.exit(1);
  });
