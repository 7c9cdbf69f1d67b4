import { useQueryStringState } from '@/ui/hooks/useQueryStringState';
import { readSegmentFilters, writeSegmentFilters } from '../utils/segmentFilters';

export const useSegmentFilters = () => useQueryStringState(readSegmentFilters, writeSegmentFilters);
