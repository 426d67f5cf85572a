import { Column, Entity } from 'typeorm';
import { CodedName } from './coded-name';

@Entity('county_leaders')
export class CountyLeaderEntity extends CodedName {
  /** e.g. 副县长 */
  @Column()
  title: string;
}
