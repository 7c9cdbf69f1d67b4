import { KPI_METRIC_LABELS } from './campaignLabels';
import type { CampaignFormField, CampaignFormValues } from './campaignFormValues';
import { parseHashtags } from './parseHashtags';

/** The server's limits (CampaignRules), checked here first so the user hears in one round. */
export const CAMPAIGN_LIMITS = {
  nameMax: 200,
  descriptionMax: 5000,
  hashtagsMax: 30,
  segmentsMax: 50,
  budgetMax: 1_000_000_000_000,
} as const;

const DECIMAL = /^\d+(\.\d+)?$/;
const CURRENCY = /^[A-Za-z]{3}$/;
/** A # followed by letters, digits or underscores (CampaignRules.HASHTAG). */
const HASHTAG = /^#[\p{L}\p{N}_]{1,100}$/u;

const thousands = (n: number) => new Intl.NumberFormat('en').format(n);

/** Decimal places a currency's amounts may have (2 for USD, 0 for JPY); 2 when unknown. */
function currencyDigits(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

type Errors = Partial<Record<CampaignFormField, string>>;

function kpiError(values: CampaignFormValues): string | undefined {
  const seen = new Set<string>();
  for (const [index, row] of values.kpiTargets.entries()) {
    const item = `Item ${index + 1}:`;
    const target = row.target.trim();
    if (!row.metric) return `${item} Choose a metric`;
    if (!target || !Number.isFinite(Number(target))) return `${item} Enter the target as a number`;
    if (Number(target) < 0) return `${item} Target must be 0 or more`;
    if (row.metric === 'ENGAGEMENT_RATE' && Number(target) > 100)
      return `${item} Engagement rate must be from 0 to 100`;
    if (seen.has(row.metric))
      return `${item} ${KPI_METRIC_LABELS[row.metric]} is already a target: use each metric once`;
    seen.add(row.metric);
  }
  return undefined;
}

function budgetErrors(values: CampaignFormValues, errors: Errors) {
  const amount = values.budgetAmount.trim();
  if (!amount) return;
  const currency = values.budgetCurrency.trim().toUpperCase();
  if (!CURRENCY.test(currency)) errors.currency = 'Enter a three-letter currency code such as USD';
  if (!DECIMAL.test(amount)) {
    errors.amount = 'Enter the budget amount as a number, such as 1500 or 1500.50';
    return;
  }
  const digits = errors.currency ? 2 : currencyDigits(currency);
  const decimals = (amount.split('.')[1] ?? '').replace(/0+$/, '').length;
  if (decimals > digits)
    errors.amount =
      digits === 0
        ? `Budget amount must be a whole number for ${currency}`
        : `Budget amount can have at most ${digits} decimal places for ${currency}`;
  else if (Number(amount) > CAMPAIGN_LIMITS.budgetMax) errors.amount = 'Budget amount is too large';
}

/**
 * The checks the server makes (CampaignRules), in words for the field's label, so that a form
 * that passes here is refused only for what the client cannot know (a deleted segment, a
 * conflict). The server words its userErrors the same way.
 */
export function validateCampaignForm(values: CampaignFormValues): Errors {
  const errors: Errors = {};
  const name = values.name.trim();
  if (!name) errors.name = 'Enter a name';
  else if (name.length > CAMPAIGN_LIMITS.nameMax)
    errors.name = `Name must be ${CAMPAIGN_LIMITS.nameMax} characters or fewer`;
  if (values.description.trim().length > CAMPAIGN_LIMITS.descriptionMax)
    errors.description = `Description must be ${thousands(CAMPAIGN_LIMITS.descriptionMax)} characters or fewer`;

  const hashtags = parseHashtags(values.hashtags);
  const badTags = hashtags.filter((tag) => !HASHTAG.test(tag));
  if (badTags.length > 0)
    errors.hashtags = badTags
      .map((tag) => `“${tag}” is not a hashtag: use only letters, numbers and underscores after the #`)
      .join(' ');
  else if (hashtags.length > CAMPAIGN_LIMITS.hashtagsMax)
    errors.hashtags = `Enter ${CAMPAIGN_LIMITS.hashtagsMax} hashtags or fewer`;

  if (!values.objective) errors.objective = 'Choose an objective';
  if (!values.startDate) errors.startDate = 'Enter a start date';
  if (values.startDate && values.endDate && values.endDate < values.startDate)
    errors.endDate = 'End date must be on or after the start date';
  if (values.segmentIds.length > CAMPAIGN_LIMITS.segmentsMax)
    errors.segmentIds = `Choose ${CAMPAIGN_LIMITS.segmentsMax} audience segments or fewer`;

  const kpi = kpiError(values);
  if (kpi) errors.kpiTargets = kpi;
  budgetErrors(values, errors);
  return errors;
}
