import type { Channel, ContentDetailFragment } from '@/generated/graphql';
import { PURPOSE_LABELS } from '@/modules/consent/utils/consentLabels';
import { useViewer } from '@/modules/viewer/hooks/useViewer';
import { DetailList } from '@/ui/data-display/DetailList';
import { TagList } from '@/ui/data-display/TagList';
import { formatDateTime } from '@/ui/utils/format';
import type { ActionError } from '../utils/actionErrors';
import { mayComment, mayOverridePhi } from '../utils/contentAccess';
import { FORMAT_LABELS, MEDIA_KIND_LABELS } from '../utils/contentLabels';
import { formatGrade, PLAIN_LANGUAGE_GRADE } from '../utils/readability';
import { ChannelPreviews } from './ChannelPreviews';
import { ContentBodyAndComments } from './ContentBodyAndComments';
import { ContentFindings } from './ContentFindings';
import { ContentReviews, ContentRevisions } from './ContentHistory';
import { ContentPublications, ContentTakedowns } from './ContentPublications';
import { ContentSection } from './ContentSection';
import { ContentStatusBadge } from './ContentStatusBadge';
import { RevisionCompare } from './RevisionCompare';

const person = (user: { name?: string | null; email?: string | null } | null | undefined) =>
  user ? (user.name ?? user.email) : null;

interface Props {
  content: ContentDetailFragment;
  /** The last action's errors, by the section they are about. */
  errors?: Record<string, ActionError[]>;
  onConfirmTakedown?: (channel: Channel) => void;
  /**
   * Shows an item a comment, a reply or a PHI override answered. Without it the comments and
   * findings are read-only; with it, each is offered to the roles that may.
   */
  onChanged?: (content: ContentDetailFragment) => void;
  busy?: boolean;
  /** The review page leaves out what is about publishing. */
  forReview?: boolean;
}

/** Every field of an item, its checks and its history, in sections an action's error can point at. */
export function ContentDetails(props: Props) {
  const { content, errors = {}, onConfirmTakedown, onChanged, busy, forReview = false } = props;
  const { roles } = useViewer();
  const variantErrors = Object.entries(errors)
    .filter(([section]) => section.startsWith('variants.'))
    .flatMap(([, list]) => list);
  return (
    <>
      <ContentSection
        section="overview"
        title="Overview"
        errors={[...(errors.title ?? []), ...(errors.consents ?? [])]}
      >
        <DetailList
          items={[
            { term: 'Status', value: <ContentStatusBadge status={content.status} /> },
            { term: 'Format', value: FORMAT_LABELS[content.format] },
            { term: 'Topics', value: <TagList items={content.topics} empty="None" /> },
            { term: 'Campaign', value: content.campaign?.name },
            { term: 'Audience segments', value: <TagList items={content.segments.map((s) => s.name)} empty="None" /> },
            { term: 'Language', value: content.language },
            { term: 'Purpose', value: PURPOSE_LABELS[content.purpose] },
            { term: 'Consents', value: <TagList items={content.consents.map((c) => c.label)} empty="None" /> },
            {
              term: 'Reading grade',
              value: `${formatGrade(content.readingGrade)}${content.readingGrade > PLAIN_LANGUAGE_GRADE ? ` — above the ${PLAIN_LANGUAGE_GRADE} patient materials aim at` : ''}`,
            },
            { term: 'Approved', value: content.approvedAt && formatDateTime(content.approvedAt) },
            { term: 'Written by', value: person(content.createdBy) },
            { term: 'Last edited by', value: person(content.lastEditedBy) },
            { term: 'Last updated', value: formatDateTime(content.updatedAt) },
          ]}
        />
      </ContentSection>
      <ContentBodyAndComments content={content} errors={errors} onChanged={mayComment(roles) ? onChanged : undefined} />
      <ContentSection section="variants" title="Channel previews" errors={variantErrors}>
        <ChannelPreviews variants={content.variants} />
      </ContentSection>
      <ContentSection section="findings" title="PHI findings">
        <ContentFindings content={content} onChanged={mayOverridePhi(roles) ? onChanged : undefined} />
      </ContentSection>
      <ContentSection section="media" title="Media" errors={errors.media}>
        {content.media.length === 0 ? (
          <p className="muted">No media.</p>
        ) : (
          <ul className="content-history">
            {content.media.map((media, index) => (
              <li key={index} className="content-history__item">
                <strong>{MEDIA_KIND_LABELS[media.kind]}</strong> <a href={media.url}>{media.url}</a>
                {media.altText && <p className="content-history__notes">Alt text: {media.altText}</p>}
                {media.captionsUrl && <p className="content-history__notes">Captions: {media.captionsUrl}</p>}
                {media.transcript && <p className="content-history__notes">Transcript: {media.transcript}</p>}
              </li>
            ))}
          </ul>
        )}
      </ContentSection>
      <ContentSection section="citations" title="Citations" errors={errors.citations}>
        {content.citations.length === 0 ? (
          <p className="muted">No citations.</p>
        ) : (
          <ul className="link-list">
            {content.citations.map((citation, index) => (
              <li key={index}>
                <a href={citation.url}>{citation.title}</a>
              </li>
            ))}
          </ul>
        )}
      </ContentSection>
      <ContentSection section="reviews" title="Reviews">
        <ContentReviews reviews={content.reviews} />
      </ContentSection>
      <ContentSection section="revisions" title="Revisions">
        <ContentRevisions revisions={content.revisions} />
        <RevisionCompare contentId={content.id} revisions={content.revisions} />
      </ContentSection>
      {!forReview && (
        <>
          <ContentSection section="publications" title="Publications">
            <ContentPublications publications={content.publications} />
          </ContentSection>
          <ContentSection section="takedowns" title="Take-downs">
            <ContentTakedowns takedowns={content.takedowns} onConfirm={onConfirmTakedown} busy={busy} />
          </ContentSection>
        </>
      )}
    </>
  );
}
