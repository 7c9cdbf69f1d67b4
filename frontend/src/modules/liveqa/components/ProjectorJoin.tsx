import { QrCode } from '@/ui/data-display/QrCode';
import { audiencePath } from '../utils/liveSessionPaths';
import '../styles/liveqa.css';

/** How the room joins: the QR code of the audience page, its address and the join code, large. */
export function ProjectorJoin({ joinCode }: { joinCode: string }) {
  const url = window.location.origin + audiencePath(joinCode);
  return (
    <section className="projector__join" aria-labelledby="projector-join">
      <h2 id="projector-join" className="projector__join-title">
        Ask your questions
      </h2>
      <QrCode value={url} label={`QR code for ${url}`} className="projector__qr" />
      <p className="projector__url">{url.replace(/^https?:\/\//, '')}</p>
      <p className="projector__code-label">Join code</p>
      <p className="projector__code">{joinCode}</p>
    </section>
  );
}
