/** Splits free text into trimmed, non-empty, de-duplicated items (first spelling wins). */
export function splitList(text: string, separator: RegExp): string[] {
  const seen = new Set<string>();
  const items: string[] = [];
  for (const raw of text.split(separator)) {
    const item = raw.trim();
    const key = item.toLowerCase();
    if (item && !seen.has(key)) {
      seen.add(key);
      items.push(item);
    }
  }
  return items;
}
