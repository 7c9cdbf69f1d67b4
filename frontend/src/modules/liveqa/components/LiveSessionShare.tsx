import { QrCode } from '@/ui/data-display/QrCode';
import { useCopyToClipboard } from '@/ui/hooks/useCopyToClipboard';
import { qrSvgFile } from '@/ui/data-display/qrCodeModules';
import { audiencePath } from '../utils/liveSessionPaths';
import '../styles/liveqa.css';

/** Opens a save dialog for the QR code as an SVG file (prints sharp at any size). */
function downloadSvg(url: string, joinCode: string) {
  const blob = new Blob([qrSvgFile(url)], { type: 'image/svg+xml' });
  const href = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href, download: `live-qa-${joinCode}.svg` });
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(href);
}

/** For promoting the session: the audience link to copy, and its QR code for posters and slides. */
export function LiveSessionShare({ joinCode }: { joinCode: string }) {
  const url = window.location.origin + audiencePath(joinCode);
  const { copy, copyValue: copyLink } = useCopyToClipboard(url);

  return (
    <section className="panel share" aria-labelledby="live-session-share">
      <h2 id="live-session-share">Share with the audience</h2>
      <div className="share__body">
        <div className="share__link">
          <label htmlFor="live-session-link">Audience link</label>
          <input id="live-session-link" className="input" readOnly value={url} onFocus={(e) => e.target.select()} />
          <div className="button-row">
            <button type="button" className="button button--primary" onClick={() => void copyLink()}>
              Copy link
            </button>
            <button type="button" className="button" onClick={() => downloadSvg(url, joinCode)}>
              Download QR code (SVG)
            </button>
          </div>
          <p className="share__status" role="status">
            {copy === 'copied' && 'Link copied.'}
            {copy === 'failed' && 'Copying was blocked by the browser: select the link and copy it yourself.'}
          </p>
          <p className="muted">Anyone with the link (or the join code {joinCode}) can join without an account.</p>
        </div>
        <QrCode value={url} label={`QR code for ${url}`} className="share__qr" />
      </div>
    </section>
  );
}
