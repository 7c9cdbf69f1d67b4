// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { mapUserErrors } from '@/modules/api/utils/mapUserErrors';
import { CONTENT_FORM_FIELDS } from '../utils/contentFormValues';
import { errorSection, routeContentUserErrors } from '../utils/routeContentUserErrors';

const error = (field: string[] | null, code = 'INVALID' as const, message = 'Wrong') => ({ field, code, message });

describe('routeContentUserErrors', () => {
  it('puts an error on a channel’s text by its place in the input under that channel', () => {
    const routed = routeContentUserErrors(
      [error(['input', 'variants', '1', 'text'], 'INVALID', 'X posts can be at most 280 characters')],
      ['FACEBOOK', 'X'],
    );
    expect(mapUserErrors(routed, CONTENT_FORM_FIELDS).fieldErrors).toEqual({
      'variants.X': 'X posts can be at most 280 characters',
    });
  });

  it('puts a PHI finding in a channel’s text, named by the channel, under that channel', () => {
    const routed = routeContentUserErrors([error(['variants', 'INSTAGRAM'], 'INVALID', 'Possible phone')], []);
    expect(routed[0].field).toEqual(['input', 'variants.INSTAGRAM']);
  });

  it('leaves the body, media rows and whole-form errors as mapUserErrors reads them', () => {
    const routed = routeContentUserErrors(
      [
        error(['body'], 'INVALID', 'Possible date'),
        error(['input', 'media', '0', 'altText'], 'INVALID', 'Alt'),
        error(null),
      ],
      [],
    );
    const mapped = mapUserErrors(routed, CONTENT_FORM_FIELDS);
    expect(mapped.fieldErrors).toEqual({ body: 'Possible date', media: 'Item 1: Alt' });
    expect(mapped.formErrors).toEqual(['Wrong']);
  });
});

describe('errorSection', () => {
  it('names the detail page’s section an action’s error is about', () => {
    expect(errorSection(error(['body']))).toBe('body');
    expect(errorSection(error(['variants', 'X']))).toBe('variants.X');
    expect(errorSection(error(['consentIds']))).toBe('consents');
    expect(errorSection(error(['input', 'media', '0', 'captionsUrl']))).toBe('media');
    expect(errorSection(error(['contentId']))).toBeNull();
  });
});
