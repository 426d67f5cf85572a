import { DynamicModule, Global, Module } from '@nestjs/common';
import { KeystoneConfig, loadConfig } from './keystone-config';

@Global()
@Module({})
export class ConfigModule {
  /** The process's environment by default; tests pass their own so parallel stacks never share settings. */
  static forRoot(env: Record<string, string | undefined> = process.env): DynamicModule {
    return { module: ConfigModule, providers: [{ provide: KeystoneConfig, useValue: loadConfig(env) }], exports: [KeystoneConfig] };
  }
}
