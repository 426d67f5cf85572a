export * from './coded-name';
export * from './township.entity';
export * from './department.entity';
export * from './owner-unit.entity';
export * from './county-leader.entity';
export * from './project-template.entity';
