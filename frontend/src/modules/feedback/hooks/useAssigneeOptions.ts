import { useQuery } from 'urql';
import { FeedbackAssigneeOptionsDocument } from '@/generated/graphql';
import { personName } from '@/modules/content/utils/personName';
import { roleLabel } from '@/modules/viewer/utils/permissions';
import type { Option } from '@/ui/form/SelectField';

/** Staff a thread may be assigned to, by name, each with their roles so a clinical reviewer stands out. */
export function useAssigneeOptions(pause = false): { options: Option[]; loading: boolean } {
  const [{ data, fetching }] = useQuery({ query: FeedbackAssigneeOptionsDocument, pause });
  const options = (data?.users.edges ?? [])
    .map(({ node }) => ({
      value: node.id,
      label: `${personName(node)} (${node.roles.map(roleLabel).join(', ')})`,
    }))
    .sort((a, b) => a.label.localeCompare(b.label));
  return { options, loading: fetching };
}
