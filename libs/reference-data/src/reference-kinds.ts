import { CountyLeaderEntity, DepartmentEntity, OwnerUnitEntity, TownshipEntity } from './entities';

/** The kinds of reference data the forms need, by the API's plural names and the field that names them. */
export const REFERENCE_KINDS = {
  townships: { entity: TownshipEntity, field: 'township' },
  departments: { entity: DepartmentEntity, field: 'department' },
  'owner-units': { entity: OwnerUnitEntity, field: 'ownerUnit' },
  leaders: { entity: CountyLeaderEntity, field: 'leader' },
} as const;

export type ReferenceKind = keyof typeof REFERENCE_KINDS;
