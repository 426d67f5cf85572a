import { Entity } from 'typeorm';
import { CodedName } from './coded-name';

@Entity('owner_units')
export class OwnerUnitEntity extends CodedName {}
