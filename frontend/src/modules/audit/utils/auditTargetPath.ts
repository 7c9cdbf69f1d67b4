const PATHS: Record<string, string> = {
  Campaign: '/campaigns',
  AudienceSegment: '/segments',
};

/** The SPA page of an audited object, when the SPA has one. */
export function auditTargetPath(targetType: string | null, targetId: string | null): string | null {
  const base = targetType ? PATHS[targetType] : undefined;
  return base && targetId ? `${base}/${encodeURIComponent(targetId)}` : null;
}
