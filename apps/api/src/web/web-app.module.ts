import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DynamicModule } from '@nestjs/common';
import { ServeStaticModule, ServeStaticModuleOptions } from '@nestjs/serve-static';
import { KeystoneConfig } from '@keystone/config';

/** Vite names every asset by its content hash, so an asset never changes and may be cached for good. */
const FOREVER = 'public, max-age=31536000, immutable';

/**
 * The web app (apps/web, built by `npm run build:web`) at /, with every path outside /api answered by its
 * index.html so the browser's router can take it. Nothing is served when the app has not been built.
 */
export function webAppModule(): DynamicModule {
  return ServeStaticModule.forRootAsync({
    inject: [KeystoneConfig],
    useFactory: (config: KeystoneConfig): ServeStaticModuleOptions[] => {
      const rootPath = resolve(config.WEB_DIST_DIR);
      if (!existsSync(join(rootPath, 'index.html'))) return [];
      return [{ rootPath, exclude: ['/api/{*path}'], serveStaticOptions: { setHeaders: (response, path) => setCacheHeaders(response, path) } }];
    },
  });
}

function setCacheHeaders(response: { setHeader(name: string, value: string): void }, path: string): void {
  response.setHeader('Cache-Control', path.endsWith('index.html') ? 'no-cache' : FOREVER);
}
