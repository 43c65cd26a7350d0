import {mergeApplicationConfig, type ApplicationConfig} from '@angular/core';
import {provideServerRendering, RenderMode, withRoutes} from '@angular/ssr';
import {appConfig} from './app.config';

// Every route is prerendered into a static page at build time.
const serverConfig: ApplicationConfig = {
  providers: [provideServerRendering(withRoutes([{path: '**', renderMode: RenderMode.Prerender}]))],
};

export const config = mergeApplicationConfig(appConfig, serverConfig);
