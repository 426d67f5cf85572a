import { Entity } from 'typeorm';
import { CodedName } from './coded-name';

@Entity('townships')
export class TownshipEntity extends CodedName {}
