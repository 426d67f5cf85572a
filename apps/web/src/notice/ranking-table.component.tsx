import { ReactNode } from 'react';
import type { NoticeVerdict } from '../api/api.types';
import { TableHead } from '../shared/table-head.component';
import { VerdictTag } from './verdict-tag.component';

export interface RankingColumn<T> {
  label: string;
  value: (unit: T) => ReactNode;
}

interface RankedUnit {
  rank: number;
  verdict: NoticeVerdict;
  name: string;
}

/** 点名道姓: a unit at fault and the items it is named for. */
export interface NamedUnit {
  key: string;
  name: string;
  /** What the unit is named for, e.g. 逾期未办 2 件. */
  count: string;
  items: { key: string; text: ReactNode }[];
}

/** One ranking of the notice: rank, the unit, its figures, its verdict; below it, those named and what for. */
export function RankingTable<T extends RankedUnit>(props: { kind: string; unitLabel: string; units: T[]; keyOf: (unit: T) => string; columns: RankingColumn<T>[]; named: NamedUnit[] }) {
  const { kind, unitLabel, units, keyOf, columns, named } = props;
  return (
    <>
      <table className="board-table notice-table" data-testid={`${kind}-ranking`}>
        <TableHead columns={['排名', unitLabel, ...columns.map((column) => column.label), '通报']} />
        <tbody>
          {units.map((unit) => (
            <tr key={keyOf(unit)} data-unit={keyOf(unit)}>
              <td data-label="排名">{unit.rank}</td>
              <td data-label={unitLabel}>{unit.name}</td>
              {columns.map((column) => (
                <td key={column.label} data-label={column.label}>
                  {column.value(unit)}
                </td>
              ))}
              <td data-label="通报">
                <VerdictTag verdict={unit.verdict} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <NamedList testId={`${kind}-named`} units={named} />
    </>
  );
}

/** 点名道姓: each unit with what it is named for, item by item. */
export function NamedList({ testId, units }: { testId: string; units: NamedUnit[] }) {
  if (!units.length) return null;
  return (
    <ul className="named-list" data-testid={testId}>
      {units.map((unit) => (
        <li key={unit.key}>
          <strong>{unit.name}</strong>
          {unit.count}：
          {unit.items.map((item) => (
            <span key={item.key} className="named-item">
              {item.text}
            </span>
          ))}
        </li>
      ))}
    </ul>
  );
}
