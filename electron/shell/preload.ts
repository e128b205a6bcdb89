// The preload: exposes one small typed object to the page. No raw ipcRenderer, no channel choice.
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import type { KvalkodBridge } from '../../shared/api/bridge';
import { API_CHANNEL } from './security';

const bridge: KvalkodBridge = {
  host: 'electron',
  call: (method, input) => ipcRenderer.invoke(API_CHANNEL, method, input),
  pathForFile: (file) => webUtils.getPathForFile(file),
};

contextBridge.exposeInMainWorld('kvalkod', bridge);
