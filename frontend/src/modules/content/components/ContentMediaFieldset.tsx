import { RepeatableRows } from '@/ui/form/RepeatableRows';
import { SelectField } from '@/ui/form/SelectField';
import { TextAreaField } from '@/ui/form/TextAreaField';
import { TextField } from '@/ui/form/TextField';
import type { BoundField } from '@/ui/form/useFormFields';
import { isPicture, MEDIA_KIND_OPTIONS } from '../utils/contentLabels';
import { newMediaRow, type MediaRow } from '../utils/contentFormValues';

/** Media by address, each with what makes it accessible: alt text, or captions or a transcript. */
export function ContentMediaFieldset(field: BoundField<MediaRow[]>) {
  return (
    <RepeatableRows
      {...field}
      hint="Images and infographics need alt text; videos and podcasts need captions or a transcript before review."
      emptyText="No media yet."
      addLabel="Add media"
      newRow={() => newMediaRow()}
      rowName={(index) => `media ${index + 1}`}
      listClassName="content-rows"
      rowClassName="content-row"
    >
      {(row, { index, id, update }) => {
        const n = index + 1;
        return (
          <>
            <SelectField
              id={`${id}-kind`}
              label={`Kind of media ${n}`}
              value={row.kind}
              emptyLabel="Choose a kind"
              options={MEDIA_KIND_OPTIONS}
              onChange={(kind) => update({ kind })}
            />
            <TextField
              id={`${id}-url`}
              label={`Address of media ${n}`}
              type="url"
              value={row.url}
              onChange={(url) => update({ url })}
            />
            {isPicture(row.kind) && (
              <TextAreaField
                id={`${id}-alt`}
                label={`Alt text of media ${n}`}
                value={row.altText}
                onChange={(altText) => update({ altText })}
              />
            )}
            {row.kind && !isPicture(row.kind) && (
              <>
                <TextField
                  id={`${id}-captions`}
                  label={`Captions address of media ${n}`}
                  type="url"
                  value={row.captionsUrl}
                  onChange={(captionsUrl) => update({ captionsUrl })}
                />
                <TextAreaField
                  id={`${id}-transcript`}
                  label={`Transcript of media ${n}`}
                  value={row.transcript}
                  onChange={(transcript) => update({ transcript })}
                />
              </>
            )}
          </>
        );
      }}
    </RepeatableRows>
  );
}
