// The preload: exposes one small typed object to the page. No raw ipcRenderer, no channel choice.
import { contextBridge, ipcRenderer } from 'electron';
import type { KvalkodBridge } from '../../shared/api/bridge';
import { API_CHANNEL } from './security';

const bridge: KvalkodBridge = {
  host: 'electron',
  call: (method, input) => ipcRenderer.invoke(API_CHANNEL, method, input),
};

contextBridge.exposeInMainWorld('kvalkod', bridge);
