import { RepeatableRows } from '@/ui/form/RepeatableRows';
import { TextField } from '@/ui/form/TextField';
import type { BoundField } from '@/ui/form/useFormFields';
import { newCitationRow, type CitationRow } from '../utils/contentFormValues';

/** The sources of the item's health claims: tips, articles, infographics and videos need one to be approved. */
export function ContentCitationsFieldset(field: BoundField<CitationRow[]>) {
  return (
    <RepeatableRows
      {...field}
      hint="Health tips, articles, infographics and videos need one to be approved."
      emptyText="No citations yet."
      addLabel="Add citation"
      newRow={() => newCitationRow()}
      rowName={(index) => `source ${index + 1}`}
      listClassName="content-rows"
      rowClassName="content-row"
    >
      {(row, { index, id, update }) => (
        <>
          <TextField
            id={`${id}-title`}
            label={`Source ${index + 1} title`}
            value={row.title}
            onChange={(title) => update({ title })}
          />
          <TextField
            id={`${id}-url`}
            label={`Source ${index + 1} address`}
            type="url"
            value={row.url}
            onChange={(url) => update({ url })}
          />
        </>
      )}
    </RepeatableRows>
  );
}
