import { useMemo } from 'react';
import { qrModules } from './qrCodeModules';

interface QrCodeProps {
  value: string;
  /** The accessible name; say what it opens, e.g. "QR code for https://…". */
  label: string;
  className?: string;
}

/**
 * A QR code as an inline SVG image: dark modules on a light square, whatever the theme, since
 * scanners expect that. It scales with its box (give it a width); crisp edges keep it sharp.
 */
export function QrCode({ value, label, className }: QrCodeProps) {
  const { size, path } = useMemo(() => qrModules(value), [value]);
  return (
    <svg
      role="img"
      aria-label={label}
      className={className ? `qr-code ${className}` : 'qr-code'}
      viewBox={`0 0 ${size} ${size}`}
      shapeRendering="crispEdges"
    >
      <rect width={size} height={size} fill="#ffffff" />
      <path d={path} fill="#000000" />
    </svg>
  );
}
