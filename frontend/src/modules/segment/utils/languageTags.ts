import { splitList } from '@/ui/utils/splitList';

export const parseLanguages = (text: string) => splitList(text, /[\s,]+/);

/** True for a well-formed BCP 47 tag such as "en-US" or "es"; "en_US" is not one. */
export function isLanguageTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

const displayNames = (() => {
  try {
    return new Intl.DisplayNames(undefined, { type: 'language' });
  } catch {
    return null;
  }
})();

/** "es-US" → "Spanish (United States) (es-US)", falling back to the tag itself. */
export function languageLabel(tag: string): string {
  const name = isLanguageTag(tag) ? displayNames?.of(tag) : undefined;
  return name && name !== tag ? `${name} (${tag})` : tag;
}
