import { Entity } from 'typeorm';
import { CodedName } from './coded-name';

@Entity('departments')
export class DepartmentEntity extends CodedName {}
