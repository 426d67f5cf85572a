import { ReactNode, createContext, useContext, useMemo } from 'react';
import type { ReferenceItem } from '../api/api.types';
import { useApi } from '../api/use-api.hook';

/** The county's reference data, so pages show 城关镇 and 发改局 rather than the codes the API speaks. */
export interface ReferenceNames {
  townships: ReferenceItem[];
  departments: ReferenceItem[];
  leaders: ReferenceItem[];
  ownerUnits: ReferenceItem[];
  township(code: string): string;
  department(code: string): string;
  leader(code: string): string;
  ownerUnit(code: string): string;
}

const nameIn = (items: ReferenceItem[]) => (code: string) => items.find((item) => item.code === code)?.name ?? code;

function referenceNames(townships: ReferenceItem[], departments: ReferenceItem[], leaders: ReferenceItem[], ownerUnits: ReferenceItem[]): ReferenceNames {
  return {
    townships,
    departments,
    leaders,
    ownerUnits,
    township: nameIn(townships),
    department: nameIn(departments),
    leader: nameIn(leaders),
    ownerUnit: nameIn(ownerUnits),
  };
}

const STATIC = { live: false };

const ReferenceNamesContext = createContext<ReferenceNames>(referenceNames([], [], [], []));

export function ReferenceNamesProvider({ children }: { children: ReactNode }) {
  const townships = useApi<ReferenceItem[]>('/api/townships', STATIC).data;
  const departments = useApi<ReferenceItem[]>('/api/departments', STATIC).data;
  const leaders = useApi<ReferenceItem[]>('/api/leaders', STATIC).data;
  const ownerUnits = useApi<ReferenceItem[]>('/api/owner-units', STATIC).data;
  const names = useMemo(
    () => referenceNames(townships ?? [], departments ?? [], leaders ?? [], ownerUnits ?? []),
    [townships, departments, leaders, ownerUnits],
  );
  return <ReferenceNamesContext.Provider value={names}>{children}</ReferenceNamesContext.Provider>;
}

export function useNames(): ReferenceNames {
  return useContext(ReferenceNamesContext);
}
