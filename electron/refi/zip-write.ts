// Writes a .qdpx: project.qde first, then the sources, deflated. yazl streams; we collect it.
import yazl from 'yazl';

export function writeZip(entries: { name: string; data: Buffer }[]): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  // Entry dates say nothing here (the export date is in project.qde); a fixed one keeps zips comparable.
  const mtime = new Date(Date.UTC(2020, 0, 1));
  for (const e of entries) zip.addBuffer(e.data, e.name, { mtime, compress: true });
  zip.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (c: Buffer) => chunks.push(c));
    zip.outputStream.on('error', reject);
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
  });
}
