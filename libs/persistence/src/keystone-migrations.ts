import { InitialSchema1764460800000 } from './migrations/1764460800000-InitialSchema';

/** Every schema migration, oldest first. The schema is never synchronised from entities. */
export const KEYSTONE_MIGRATIONS = [InitialSchema1764460800000];
