import type { ReactNode } from 'react';

type Tone = 'info' | 'success' | 'warning' | 'error';

interface AlertProps {
  tone?: Tone;
  title?: string;
  children?: ReactNode;
  /** Errors interrupt screen readers; other tones are announced politely. */
  live?: boolean;
}

export function Alert({ tone = 'info', title, children, live = true }: AlertProps) {
  const role = !live ? undefined : tone === 'error' || tone === 'warning' ? 'alert' : 'status';
  return (
    <div className={`alert alert--${tone}`} role={role}>
      {title && <p className="alert__title">{title}</p>}
      {children}
    </div>
  );
}
