import { Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import { KeystoneConfig } from '@keystone/config';

/** One client connection per process, closed on shutdown. The `Client` class is its own DI token. */
@Global()
@Module({
  providers: [
    {
      provide: Client,
      inject: [KeystoneConfig],
      useFactory: async (config: KeystoneConfig) => {
        const connection = await Connection.connect({ address: config.TEMPORAL_ADDRESS });
        return new Client({ connection, namespace: config.TEMPORAL_NAMESPACE });
      },
    },
  ],
  exports: [Client],
})
export class TemporalClientModule implements OnApplicationShutdown {
  constructor(@Inject(Client) private readonly client: Client) {}

  async onApplicationShutdown(): Promise<void> {
    await this.client.connection.close();
  }
}
