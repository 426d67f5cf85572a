import { ReactNode, createContext, useContext, useMemo } from 'react';
import type { ReferenceItem } from '../api/api.types';
import { useApi } from '../api/use-api.hook';
import { readableInstants } from '../shared/time-format';

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
  /** A server-written explanation with names for the codes it mentions and local times for its instants. */
  readable(text: string): string;
}

/** Reference items as a form's choices: code as the value, name as the label. */
export const referenceOptions = (items: ReferenceItem[]) => items.map((item) => ({ value: item.code, label: item.name }));

const nameIn = (items: ReferenceItem[]) => (code: string) => items.find((item) => item.code === code)?.name ?? code;

function referenceNames(townships: ReferenceItem[], departments: ReferenceItem[], leaders: ReferenceItem[], ownerUnits: ReferenceItem[]): ReferenceNames {
  const byCode = new Map([...townships, ...departments, ...leaders, ...ownerUnits].map((item) => [item.code, item.name]));
  // Codes are lowercase letters, digits and hyphens (the API's rule), so they stand in a RegExp as they are; a
  // mention counts only where no such character continues it, and longer codes are tried first.
  const codes = [...byCode.keys()].sort((a, b) => b.length - a.length);
  const mention = codes.length ? new RegExp(`(?<![a-z0-9-])(${codes.join('|')})(?![a-z0-9-])`, 'g') : undefined;
  return {
    townships,
    departments,
    leaders,
    ownerUnits,
    township: nameIn(townships),
    department: nameIn(departments),
    leader: nameIn(leaders),
    ownerUnit: nameIn(ownerUnits),
    readable: (text) => readableInstants(mention ? text.replace(mention, (code) => byCode.get(code) ?? code) : text),
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
