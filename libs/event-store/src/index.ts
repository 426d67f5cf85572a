export * from './stream-version-conflict.error';
export * from './inline-projection';
export * from './event-store.service';
export * from './event-store.module';
