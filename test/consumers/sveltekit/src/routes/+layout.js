// Every page is prerendered into a static file (adapter-static).
export const prerender = true;
