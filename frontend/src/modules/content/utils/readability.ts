/**
 * The Flesch–Kincaid grade of a Markdown text, computed in the browser while the author types:
 * `0.39 × words per sentence + 11.8 × syllables per word − 15.59`. A port of the server's scorer
 * (platform/text/Readability) kept small; the server's `readingGrade` is the authority after a
 * save, and the two may differ by a little where the rules here are simpler.
 */
export interface Readability {
  sentences: number;
  words: number;
  syllables: number;
  grade: number;
}

/** Patient materials aim at this grade or below: health literacy guidance. */
export const PLAIN_LANGUAGE_GRADE = 8;

const WORD = /((?:\p{L}\.){2,})|(\p{N}+(?:[.,:/-]\p{N}+)*(?:st|nd|rd|th|s)?)|([\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*)/gu;
const ABBREVIATIONS = new Set(
  'dr mr mrs ms st jr sr prof vs etc approx dept inc ltd co ave fig min max mg ml hr hrs'.split(' '),
);
const HEADING = /^#{1,6}\s+/;
const LIST_ITEM = /^([-*+]|\d{1,9}[.)])\s+/;
const FENCE_OR_RULE = /^(```.*|~~~.*|[-*_=\s]{3,})$/;

/** Paragraphs, headings and list items, without markup: a reader stops at the end of each. */
function plainBlocks(text: string): string[] {
  const blocks: string[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length > 0) blocks.push(paragraph.join(' '));
    paragraph = [];
  };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw
      .trim()
      .replace(/^(>\s?)+/, '')
      .trim();
    if (!line || FENCE_OR_RULE.test(line)) {
      flush();
      continue;
    }
    const inline = (s: string) =>
      s
        .replace(/!?\[([^\]]*)]\([^)]*\)/g, '$1')
        .replace(/<[a-z][a-z0-9+.-]*:[^>\s]*>|\bhttps?:\/\/\S+/gi, '')
        .replace(/[*_`~]+/g, '');
    if (HEADING.test(line) || LIST_ITEM.test(line)) {
      flush();
      blocks.push(
        inline(
          line
            .replace(HEADING, '')
            .replace(/\s+#+\s*$/, '')
            .replace(LIST_ITEM, ''),
        ),
      );
    } else paragraph.push(inline(line));
  }
  flush();
  return blocks.filter((block) => block.trim() !== '');
}

const isVowel = (word: string, i: number) =>
  word[i] === 'y' ? i > 0 && !'aeiou'.includes(word[i - 1]) : 'aeiou'.includes(word[i]);

function vowelGroups(word: string): number {
  let groups = 0;
  for (let i = 0; i < word.length; i++) if (isVowel(word, i) && (i === 0 || !isVowel(word, i - 1))) groups++;
  return groups;
}

/** Syllables of one word of lower-case letters, by vowel groups less a silent final e; at least one. */
export function syllables(word: string): number {
  const letters = word.toLowerCase().replace(/['’-]/g, '');
  if (!letters) return 0;
  let count = vowelGroups(letters);
  const silentE = /[^aeiouyl]e[sd]?$/.test(letters) && !/(ses|xes|zes|ces|ges|ches|shes|ted|ded)$/.test(letters);
  const consonantLe = /[^aeiouyl]le[sd]?$/.test(letters);
  if (count > 1 && silentE && !consonantLe) count--;
  return Math.max(1, count);
}

function wordSyllables(match: RegExpExecArray): number {
  const [, initialism, number, letters] = match;
  if (initialism) return initialism.length / 2;
  if (number) return number.replace(/\D/g, '').length;
  // An acronym without a vowel (PDF, CFR) is spelled out.
  if (letters.length > 1 && /^[B-DF-HJ-NP-TV-XZ]+$/.test(letters)) return letters.length;
  return syllables(letters);
}

function endsSentence(token: string): boolean {
  const end = token.replace(/["')\]}”’»]+$/, '');
  if (end.endsWith('!') || end.endsWith('?')) return true;
  if (!end.endsWith('.')) return false;
  const abbreviation = end.slice(0, -1).replace(/^\P{L}+/u, '');
  const shortened = ABBREVIATIONS.has(abbreviation.toLowerCase()) || /^\p{L}(?:\.\p{L})*$/u.test(abbreviation);
  return !shortened || end.endsWith('..');
}

/** The Flesch–Kincaid grade of a text; a text without words scores 0. */
export function readability(text: string): Readability {
  let sentences = 0;
  let words = 0;
  let total = 0;
  for (const block of plainBlocks(text)) {
    let inSentence = 0;
    for (const token of block.split(/\s+/)) {
      for (const match of token.matchAll(WORD)) {
        inSentence++;
        total += wordSyllables(match);
      }
      if (inSentence > 0 && endsSentence(token)) {
        sentences++;
        words += inSentence;
        inSentence = 0;
      }
    }
    if (inSentence > 0) {
      sentences++;
      words += inSentence;
    }
  }
  if (words === 0) return { sentences: 0, words: 0, syllables: 0, grade: 0 };
  return { sentences, words, syllables: total, grade: (0.39 * words) / sentences + (11.8 * total) / words - 15.59 };
}

/** "Grade 6.2": one decimal, as the editor and the detail page show it. */
export const formatGrade = (grade: number) => `Grade ${grade.toFixed(1)}`;

/** The editor's note under the body: a warning past grade 8, never a block. */
export function readabilityNote(grade: number): { text: string; tone: 'ok' | 'warning' } {
  const text = `${formatGrade(grade)} — patient materials aim at ${PLAIN_LANGUAGE_GRADE} or below`;
  return { text, tone: grade > PLAIN_LANGUAGE_GRADE ? 'warning' : 'ok' };
}
