import { Link } from 'react-router';
import { useQuery } from 'urql';
import { CampaignsDocument } from '@/generated/graphql';
import { ListExport } from '@/modules/audit/components/ListExport';
import { cursorRefused, describeGraphqlError } from '@/modules/api/utils/classifyGraphqlError';
import { CampaignBulkArchive } from '@/modules/campaign/components/CampaignBulkArchive';
import { CampaignFilters } from '@/modules/campaign/components/CampaignFilters';
import { campaignColumns } from '@/modules/campaign/components/campaignColumns';
import { useCampaignListState } from '@/modules/campaign/hooks/useCampaignListState';
import { useCampaignLiveRefresh } from '@/modules/campaign/hooks/useCampaignLiveRefresh';
import { toCampaignFilter } from '@/modules/campaign/utils/campaignFilters';
import { usePermissions } from '@/modules/viewer/hooks/usePermissions';
import { ConnectionView } from '@/ui/data-display/ConnectionView';
import { useBulkSelection } from '@/ui/hooks/useBulkSelection';
import { useLastDefined } from '@/ui/hooks/useLastDefined';
import { useFirstPageWhenCursorRefused } from '@/ui/hooks/useListState';
import { PageHeading } from '@/ui/layout/PageHeading';

const PAGE_SIZE = 20;

export function CampaignListPage() {
  const { canWriteCampaigns } = usePermissions();
  const list = useCampaignListState();
  const filter = toCampaignFilter(list.filters);
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: CampaignsDocument,
    variables: { first: PAGE_SIZE, after: list.after, filter, orderBy: list.sort },
  });
  useFirstPageWhenCursorRefused(cursorRefused(error), list);
  const live = useCampaignLiveRefresh(() => reexecute({ requestPolicy: 'network-only' }));
  const connection = useLastDefined(data?.campaigns);
  const rows = connection?.edges.map((edge) => edge.node) ?? [];
  const archivable = rows.filter((campaign) => campaign.status !== 'ARCHIVED');
  const bulk = useBulkSelection(archivable.map((campaign) => campaign.id));
  const selected = archivable.filter((campaign) => bulk.isSelected(campaign.id));

  return (
    <>
      <PageHeading
        title="Campaigns"
        description={
          connection ? `${connection.totalCount} ${connection.totalCount === 1 ? 'campaign' : 'campaigns'}` : undefined
        }
        actions={
          canWriteCampaigns && (
            <Link to="/campaigns/new" className="button button--primary">
              New campaign
            </Link>
          )
        }
      />
      <CampaignFilters key={JSON.stringify(list.filters)} values={list.filters} onApply={list.applyFilters} />
      {canWriteCampaigns && (
        <CampaignBulkArchive
          selected={selected}
          onDone={() => {
            bulk.clear();
            reexecute({ requestPolicy: 'network-only' });
          }}
        />
      )}
      <ListExport
        list="CAMPAIGNS"
        fileStem="campaigns"
        query={CampaignsDocument}
        variables={{ filter, orderBy: list.sort }}
        pick={(page) => page.campaigns}
        columns={campaignColumns}
      />
      <p className="live-status" role="status">
        {live.lastChange ?? (live.unavailable ? 'Live updates are unavailable; reload to see changes.' : '')}
      </p>
      <ConnectionView
        connection={connection}
        fetching={fetching}
        error={error && describeGraphqlError(error)}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        loadingLabel="Loading campaigns…"
        emptyMessage="No campaigns match these filters."
        caption="Campaigns"
        columns={campaignColumns}
        pagesLabel="Campaign pages"
        pageSize={PAGE_SIZE}
        paging={list}
        sorting={list.sorting}
        selection={
          canWriteCampaigns
            ? {
                isSelected: (campaign) => bulk.isSelected(campaign.id),
                isSelectable: (campaign) => campaign.status !== 'ARCHIVED',
                onToggle: (campaign, on) => bulk.toggle(campaign.id, on),
                onToggleAll: (all, on) =>
                  bulk.setAll(
                    all.map((campaign) => campaign.id),
                    on,
                  ),
                rowLabel: (campaign) => campaign.name,
                allLabel: 'Select every campaign on this page',
              }
            : undefined
        }
      />
    </>
  );
}
