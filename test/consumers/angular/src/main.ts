// In the browser only: the widgets register before the app hydrates the prerendered page.
import '@cohesion-alliance/widgets';
import {bootstrapApplication} from '@angular/platform-browser';
import {App} from './app/app';
import {appConfig} from './app/app.config';

bootstrapApplication(App, appConfig).catch((error) => console.error(error));
