import { PublishingWebhookDocument } from '@/generated/graphql';
import { useOneShotQuery } from '@/modules/api/hooks/useOneShotQuery';
import { describeGraphqlError } from '@/modules/api/utils/classifyGraphqlError';
import { PublishingWebhookSettings } from '@/modules/publishing-webhook/components/PublishingWebhookSettings';
import { RequirePermission } from '@/modules/viewer/components/RequirePermission';
import { usePermissions } from '@/modules/viewer/hooks/usePermissions';
import { ErrorState } from '@/ui/feedback/ErrorState';
import { LoadingState } from '@/ui/feedback/LoadingState';
import { PageHeading } from '@/ui/layout/PageHeading';
import { SettingsSections } from './SettingsSections';

const TITLE = 'Publishing webhook';

export function PublishingWebhookPage() {
  const { canManagePublishingWebhook } = usePermissions();
  return (
    <RequirePermission allowed={canManagePublishingWebhook} what="manage the publishing webhook">
      <PublishingWebhook />
    </RequirePermission>
  );
}

function PublishingWebhook() {
  // A snapshot: the page keeps what it changed itself, and the secret is never read back.
  const [{ data, error, fetching }, reload] = useOneShotQuery(PublishingWebhookDocument, {});
  return (
    <>
      <PageHeading
        title={TITLE}
        description="Where CarePulse sends each post when it publishes, so a service such as Zapier, Make or Buffer, or your own, can post it to your channels."
      />
      <SettingsSections />
      {data ? (
        <PublishingWebhookSettings initial={data.publishingWebhook ?? null} />
      ) : error && !fetching ? (
        <ErrorState message={describeGraphqlError(error)} onRetry={reload} />
      ) : (
        <LoadingState label="Loading the webhook…" />
      )}
    </>
  );
}
