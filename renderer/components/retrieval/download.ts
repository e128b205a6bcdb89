// Hands a file made on the Node side to the user as a download: a Blob and an <a download>, which
// works the same in the browser host and in Electron's window.
const MIME: Record<string, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv;charset=utf-8',
};

export function downloadFile(fileName: string, base64: string): void {
  const bytes = Uint8Array.from(atob(base64), (ch) => ch.charCodeAt(0));
  const type = MIME[fileName.slice(fileName.lastIndexOf('.') + 1)] ?? 'application/octet-stream';
  downloadBlob(fileName, new Blob([bytes], { type }));
}

/** A file made in the window itself (a chart as SVG or PNG). */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the URL; give the browser a moment before letting it go.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
