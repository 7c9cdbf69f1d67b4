import { createContext } from 'react';
import type { ViewerQuery } from '@/generated/graphql';

export type Viewer = ViewerQuery['viewer'];

export const ViewerContext = createContext<Viewer | null>(null);
