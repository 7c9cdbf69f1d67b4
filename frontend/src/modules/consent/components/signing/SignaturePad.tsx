import { useEffect, useRef, type PointerEvent } from 'react';
import { FieldMessages, messageIds } from '@/ui/form/Field';
import { SIGNATURE_HEIGHT, SIGNATURE_WIDTH } from '../../utils/signatureImage';

interface Props {
  id: string;
  label: string;
  /** The signature as a PNG data URL, empty when none. */
  value: string;
  onChange: (dataUrl: string) => void;
  /** The typed full name, which a keyboard user may sign with instead of drawing. */
  typedName: string;
  error?: string;
}

const HINT =
  'Draw with your finger, a stylus or the mouse. If you cannot draw, use the button “Sign with my typed name”: your typed full name is then your signature.';

/** The ink follows the theme's text colour, on a white card so the PNG reads the same everywhere. */
const INK = '#1d2733';

/**
 * A drawn signature on a <canvas> (pointer events: touch, pen and mouse alike), exported as a PNG
 * data URL of 600 × 200 pixels after each stroke. Keyboard and screen-reader users sign with their
 * typed name instead, drawn into the same picture, so the signature is never out of reach.
 */
export function SignaturePad({ id, label, value, onChange, typedName, error }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const drawing = useRef(false);
  /** Something is on the canvas: cleared when the value is (the Clear button, or the form reset). */
  const inked = useRef(false);

  useEffect(() => {
    if (value || !inked.current) return;
    clear(canvas.current);
    inked.current = false;
  }, [value]);

  const point = (event: PointerEvent<HTMLCanvasElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    return {
      x: ((event.clientX - box.left) / box.width) * SIGNATURE_WIDTH,
      y: ((event.clientY - box.top) / box.height) * SIGNATURE_HEIGHT,
    };
  };
  const context = () => canvas.current?.getContext('2d') ?? null;

  const start = (event: PointerEvent<HTMLCanvasElement>) => {
    const ink = context();
    if (!ink) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture?.(event.pointerId);
    drawing.current = true;
    inked.current = true;
    const { x, y } = point(event);
    Object.assign(ink, { lineWidth: 3, lineCap: 'round', lineJoin: 'round', strokeStyle: INK });
    ink.beginPath();
    ink.moveTo(x, y);
    ink.lineTo(x + 0.1, y + 0.1);
    ink.stroke();
  };
  const move = (event: PointerEvent<HTMLCanvasElement>) => {
    const ink = context();
    if (!drawing.current || !ink) return;
    event.preventDefault();
    const { x, y } = point(event);
    ink.lineTo(x, y);
    ink.stroke();
  };
  const end = () => {
    if (!drawing.current) return;
    drawing.current = false;
    if (canvas.current) onChange(canvas.current.toDataURL('image/png'));
  };

  const signWithName = () => {
    const ink = context();
    if (!ink || !canvas.current || !typedName.trim()) return;
    clear(canvas.current);
    inked.current = true;
    ink.fillStyle = INK;
    ink.textAlign = 'center';
    ink.textBaseline = 'middle';
    ink.font = 'italic 48px Georgia, "Times New Roman", serif';
    ink.fillText(typedName.trim(), SIGNATURE_WIDTH / 2, SIGNATURE_HEIGHT / 2, SIGNATURE_WIDTH - 40);
    onChange(canvas.current.toDataURL('image/png'));
  };

  return (
    <div className={error ? 'field field--invalid signature' : 'field signature'} id={`${id}-group`}>
      <p className="field__label" id={`${id}-label`}>
        {label} <span className="field__required">(required)</span>
      </p>
      <FieldMessages id={id} hint={HINT} error={error} />
      <canvas
        ref={canvas}
        id={id}
        tabIndex={-1}
        className="signature__canvas"
        width={SIGNATURE_WIDTH}
        height={SIGNATURE_HEIGHT}
        role="img"
        aria-labelledby={`${id}-label`}
        aria-describedby={messageIds(id, HINT, error)}
        aria-invalid={error ? true : undefined}
        onPointerDown={start}
        onPointerMove={move}
        onPointerUp={end}
        onPointerCancel={end}
        onPointerLeave={end}
      />
      <p className="signature__status" role="status">
        {value ? 'Signature added.' : ''}
      </p>
      <div className="button-row">
        <button type="button" className="button" onClick={() => onChange('')} disabled={!value}>
          Clear signature
        </button>
        <button type="button" className="button" onClick={signWithName} disabled={!typedName.trim()}>
          Sign with my typed name
        </button>
      </div>
    </div>
  );
}

function clear(canvas: HTMLCanvasElement | null) {
  const ink = canvas?.getContext('2d');
  if (canvas && ink) ink.clearRect(0, 0, canvas.width, canvas.height);
}
