/**
 * A test feed server for the browser tests: `/__feed?…` answers with whatever the query asks for.
 * - `body`: the response text (default `{}`); `status`: the HTTP status (default 200);
 * - `type`: the content type (default application/json); `delay`: milliseconds before answering;
 * - `many=N`: a valid feed with N documents (for size limits); `id`: ignored, makes distinct addresses.
 */
export async function feedMiddleware(ctx, next) {
  if (ctx.path !== '/__feed') return next();
  const {body = '{}', status = '200', type = 'application/json', delay = '0', many} = ctx.query;
  if (Number(delay) > 0) await new Promise((resolve) => setTimeout(resolve, Math.min(Number(delay), 30000)));
  ctx.status = Number(status);
  ctx.type = type;
  ctx.set('Cache-Control', 'no-store');
  if (many) {
    const documents = Array.from({length: Number(many)}, (_, i) => ({
      id: `doc-${i}`,
      editions: [{lang: 'en', title: `Document ${i}`, href: `/files/doc-${i}.pdf`, bytes: 1000 + i}],
    }));
    ctx.body = JSON.stringify({documents});
    return;
  }
  ctx.body = body;
}
