import {gzipSync} from 'node:zlib';

/** What each `/__feed/stream` answer sent, and the headers each `/__feed` request came with, by its `key`. */
const sent = new Map();
const seen = new Map();

/** A feed `bytes` long: valid JSON, its length padded with `fill` (a character, repeated) inside a string. */
function paddedFeed(bytes, fill = 'a') {
  const head = '{"supporters":{"figures":{"regions":141}},"pad":"';
  const tail = '"}';
  const unit = Buffer.byteLength(fill);
  const count = Math.max(0, Math.floor((bytes - head.length - tail.length) / unit));
  return Buffer.from(head + fill.repeat(count) + tail);
}

/**
 * Streams `body` in 64 KB pieces, one every 2 ms and only as fast as the client reads, and counts what it wrote,
 * until the client has it all or stops reading (cancels the body, closes the connection).
 */
function stream(res, body, record) {
  let offset = 0;
  const next = () => {
    if (record.closed) return;
    if (offset >= body.length) {
      res.end();
      return;
    }
    const piece = body.subarray(offset, offset + 65536);
    offset += piece.length;
    record.sent += piece.length;
    if (res.write(piece)) setTimeout(next, 2);
    else res.once('drain', () => setTimeout(next, 2));
  };
  res.on('close', () => {
    record.closed = true;
  });
  next();
}

/**
 * A test feed server for the browser tests: `/__feed?…` answers with whatever the query asks for.
 * - `body`: the response text (default `{}`); `status`: the HTTP status (default 200);
 * - `type`: the content type (default application/json); `delay`: milliseconds before answering;
 * - `many=N`: a valid feed with N documents (for size limits); `id`: ignored, makes distinct addresses;
 * - `redirect`: answers 302 to that address; `cors`: allows every origin to read the answer;
 * - `unknown=N`: a valid feed with N unknown supporter categories (for the length of warnings);
 * - `key`: counts the requests and remembers their `Referer` headers and methods, and the most that were in flight
 *   at once (`/__feed/seen?key=…` gives `{requests, referers, methods, inFlight, maxInFlight}`).
 *
 * `/__feed/stream?key=…&bytes=N` sends a valid feed N bytes long, `fill` being the character it is padded with:
 * - `length=honest` sends its `Content-Length` (default: none, the body is chunked);
 * - `gzip=1` sends it gzip-compressed (`Content-Encoding: gzip`, the length is the compressed one).
 * `/__feed/sent?key=…` then tells how many bytes (as sent, compressed or not) it wrote before the client stopped
 * reading, as `{sent, total, closed}`.
 */
export async function feedMiddleware(ctx, next) {
  if (ctx.path === '/__feed/sent') {
    ctx.type = 'application/json';
    ctx.set('Access-Control-Allow-Origin', '*');
    ctx.set('Cache-Control', 'no-store');
    ctx.body = JSON.stringify(sent.get(ctx.query.key) ?? null);
    return;
  }
  if (ctx.path === '/__feed/seen') {
    ctx.type = 'application/json';
    ctx.set('Access-Control-Allow-Origin', '*');
    ctx.set('Cache-Control', 'no-store');
    ctx.body = JSON.stringify(seen.get(ctx.query.key) ?? null);
    return;
  }
  if (ctx.path === '/__feed/stream') {
    const {key, bytes = '1000', fill, length, gzip} = ctx.query;
    let body = paddedFeed(Number(bytes), fill);
    const headers = {'Content-Type': 'application/json', 'Cache-Control': 'no-store'};
    if (gzip) {
      body = gzipSync(body, {level: 9});
      headers['Content-Encoding'] = 'gzip';
    }
    if (length === 'honest') headers['Content-Length'] = String(body.length);
    const record = {sent: 0, total: body.length, closed: false};
    sent.set(key, record);
    ctx.respond = false;
    ctx.res.writeHead(200, headers);
    stream(ctx.res, body, record);
    return;
  }
  if (ctx.path !== '/__feed') return next();
  const {body = '{}', status = '200', type = 'application/json', delay = '0', many, unknown, redirect, cors, key} = ctx.query;
  const record = key ? (seen.get(key) ?? {requests: 0, referers: [], methods: [], inFlight: 0, maxInFlight: 0}) : undefined;
  if (record) {
    record.requests++;
    record.referers.push(ctx.get('Referer') || null);
    record.methods.push(ctx.method);
    record.maxInFlight = Math.max(record.maxInFlight, ++record.inFlight);
    seen.set(key, record);
  }
  try {
    if (Number(delay) > 0) await new Promise((resolve) => setTimeout(resolve, Math.min(Number(delay), 30000)));
  } finally {
    if (record) record.inFlight--;
  }
  ctx.set('Cache-Control', 'no-store');
  if (cors) ctx.set('Access-Control-Allow-Origin', '*');
  if (redirect) {
    ctx.status = 302;
    ctx.set('Location', redirect);
    return;
  }
  ctx.status = Number(status);
  ctx.type = type;
  if (many) {
    const documents = Array.from({length: Number(many)}, (_, i) => ({
      id: `doc-${i}`,
      editions: [{lang: 'en', title: `Document ${i}`, href: `/files/doc-${i}.pdf`, bytes: 1000 + i}],
    }));
    ctx.body = JSON.stringify({documents});
    return;
  }
  if (unknown) {
    const figures = {regions: 141};
    for (let i = 0; i < Number(unknown); i++) figures[`u${i}`] = i;
    ctx.body = JSON.stringify({supporters: {figures}});
    return;
  }
  ctx.body = body;
}
