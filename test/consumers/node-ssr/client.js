// In the browser: Lit's hydration support first, then the widgets, which take over the server's markup.
import '@cohesion-alliance/widgets/hydrate';
