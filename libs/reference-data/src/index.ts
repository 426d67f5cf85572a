export * from './entities';
export * from './reference-kinds';
export * from './reference-data.service';
export * from './reference-data.module';
