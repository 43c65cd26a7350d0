// Lets the server-rendering worker of @lit-labs/testing import the TypeScript sources, as the browser tests do.
import {register} from 'tsx/esm/api';

register();
