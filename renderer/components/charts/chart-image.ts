// A chart's SVG turned into a PNG in the window: drawn as an image onto a canvas at twice its size
// (sharp on high-density screens and in print), on white, then encoded by the browser.
import type { Chart } from '../../../shared/charts/svg';
import { fileNameFrom } from '../../../shared/export/file-name';

/** "Områden efter bedömning.png": the title without characters file systems refuse. */
export function chartFileName(title: string, extension: 'svg' | 'png'): string {
  return fileNameFrom(title, extension, 'Diagram');
}

export const PNG_SCALE = 2;

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('the SVG could not be read as an image'));
    image.src = url;
  });
}

export async function svgToPng(chart: Chart, scale = PNG_SCALE): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([chart.svg], { type: 'image/svg+xml' }));
  try {
    const image = await loadImage(url);
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(chart.width * scale);
    canvas.height = Math.round(chart.height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no canvas to draw on');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be encoded'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
