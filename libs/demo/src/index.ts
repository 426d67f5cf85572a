export * from './demo-reference-data';
export * from './demo-projects';
export * from './demo-county.seeder';
export * from './demo.module';
export * from './seed-demo-county';
