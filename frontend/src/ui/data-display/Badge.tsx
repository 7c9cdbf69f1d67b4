export type BadgeTone = 'neutral' | 'info' | 'success' | 'warning' | 'muted';

export function Badge({ tone = 'neutral', children }: { tone?: BadgeTone; children: string }) {
  return <span className={`badge badge--${tone}`}>{children}</span>;
}
