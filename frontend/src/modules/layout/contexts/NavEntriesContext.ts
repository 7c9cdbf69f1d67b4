import { createContext } from 'react';
import type { NavEntry } from '../utils/navItemsForRoles';

/** The main navigation's entries, provided where the app's features are put together. */
export const NavEntriesContext = createContext<readonly NavEntry[]>([]);
