import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { KeystoneConfig } from '@keystone/config';
import { KEYSTONE_MIGRATIONS } from './keystone-migrations';

/** The one PostgreSQL connection pool of a process; each capability registers its own entities. */
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [KeystoneConfig],
      useFactory: (config: KeystoneConfig) => ({
        type: 'postgres' as const,
        url: config.DATABASE_URL,
        autoLoadEntities: true,
        synchronize: false,
        migrations: KEYSTONE_MIGRATIONS,
        migrationsRun: config.KEYSTONE_RUN_MIGRATIONS,
        migrationsTransactionMode: 'each' as const,
        extra: { max: config.DATABASE_POOL_SIZE },
        logging: ['error' as const],
      }),
    }),
  ],
})
export class PersistenceModule {}
