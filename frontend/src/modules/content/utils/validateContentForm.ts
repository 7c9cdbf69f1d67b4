import { CHANNEL_LABELS } from '@/modules/segment/utils/channelLabels';
import { formatNumber } from '@/ui/utils/format';
import { channelCount } from './channelLimits';
import type { ContentFormField, ContentFormValues } from './contentFormValues';

const TITLE_MAX = 200;
const BODY_MAX = 20_000;
const isUrl = (text: string) => /^https?:\/\/\S+$/i.test(text.trim());

/** Row problems as one message: "Item 2: Enter its address". */
const rowErrors = (messages: (string | null)[]) =>
  messages.flatMap((message, index) => (message ? [`Item ${index + 1}: ${message}`] : [])).join(' ') || undefined;

/** The checks the browser can make before a save, in the server's words; the server checks again. */
export function validateContentForm(values: ContentFormValues): Partial<Record<ContentFormField, string>> {
  const errors: Partial<Record<ContentFormField, string>> = {};
  const title = values.title.trim();
  if (!title) errors.title = 'Enter a title';
  else if ([...title].length > TITLE_MAX) errors.title = `A title can be at most ${TITLE_MAX} characters`;
  if (!values.body.trim()) errors.body = 'Write the body';
  else if (values.body.length > BODY_MAX) errors.body = `The body can be at most ${formatNumber(BODY_MAX)} characters`;
  if (!values.format) errors.format = 'Choose a format';
  for (const { channel, text } of values.variants) {
    const count = channelCount(channel, text);
    const name = CHANNEL_LABELS[channel];
    if (count.length === 0) errors[`variants.${channel}`] = `Write the text for ${name}`;
    else if (count.over)
      errors[`variants.${channel}`] =
        `${name} posts can be at most ${formatNumber(count.limit)} characters (this one has ${formatNumber(count.length)})`;
  }
  errors.media = rowErrors(
    values.media.map((row) => {
      if (!row.kind) return 'Choose the kind of media';
      return isUrl(row.url) ? null : 'Enter the address of the file, starting with https://';
    }),
  );
  errors.citations = rowErrors(
    values.citations.map((row) => {
      if (!row.title.trim()) return 'Enter the title of the source';
      return isUrl(row.url) ? null : 'Enter the address of the source, starting with https://';
    }),
  );
  return Object.fromEntries(Object.entries(errors).filter(([, message]) => message)) as typeof errors;
}
