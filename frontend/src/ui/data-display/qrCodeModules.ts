import { encode } from 'uqr';

export interface QrModules {
  /** Modules per side, the quiet zone included. */
  size: number;
  /** One SVG path drawing every dark module as a 1×1 square. */
  path: string;
}

/**
 * The QR code of `value`, computed here (uqr, no network), as one path. Error correction M keeps
 * a link readable from a slightly blurry projector or a phone's angle; the quiet zone of 2
 * modules is what scanners need around it.
 */
export function qrModules(value: string): QrModules {
  const { data, size } = encode(value, { ecc: 'M', border: 2 });
  const parts: string[] = [];
  data.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) parts.push(`M${x} ${y}h1v1h-1z`);
    }),
  );
  return { size, path: parts.join('') };
}

/** A standalone SVG file of the code, black on white, for downloading and printing. */
export function qrSvgFile(value: string, pixelsPerModule = 8): string {
  const { size, path } = qrModules(value);
  const pixels = size * pixelsPerModule;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${pixels}" height="${pixels}" viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges">` +
    `<rect width="${size}" height="${size}" fill="#ffffff"/><path d="${path}" fill="#000000"/></svg>`
  );
}
