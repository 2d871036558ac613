// A static file server on 127.0.0.1 (never another interface), with the right MIME type for
// .wasm so browsers compile it while it streams. Used by the README's main job and the tests.
//   node scripts/serve.mjs [ROOT] [--port N] [--header "Name: value"]... [--mount /url/prefix/=DIR]...
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.css': 'text/css', '.json': 'application/json', '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.txt': 'text/plain; charset=utf-8',
  '.ico': 'image/x-icon', '.map': 'application/json',
};

/**
 * Starts a server for `root`; resolves to { url, close() }. headers: extra response headers;
 * mounts: { '/url/prefix/': 'dir' } serves other folders under a prefix.
 */
export async function serve(root, { port = 0, headers = {}, gunzip = false, mounts = {} } = {}) {
  const server = createServer(async (req, res) => {
    try {
      let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      let base = resolve(root);
      for (const [prefix, dir] of Object.entries(mounts)) {
        if (path.startsWith(prefix)) {
          base = resolve(dir);
          path = `/${path.slice(prefix.length)}`;
          break;
        }
      }
      let file = normalize(join(base, path));
      if (file !== base && !file.startsWith(base + sep)) throw new Error('outside root');
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      let body = await readFile(file);
      let type = TYPES[extname(file)] ?? 'application/octet-stream';
      if (gunzip && file.endsWith('.gz')) {
        const { gunzipSync } = await import('node:zlib');
        body = gunzipSync(body);
        type = TYPES[extname(file.slice(0, -3))] ?? type;
      }
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', ...headers });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
  const { port: actual } = server.address();
  return { url: `http://127.0.0.1:${actual}`, close: () => new Promise((ok) => server.close(ok)) };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  let root = '.';
  let port = 8080;
  const headers = {};
  const mounts = {};
  for (let i = 0; i < args.length; ++i) {
    if (args[i] === '--port') port = Number(args[++i]);
    else if (args[i] === '--mount') {
      const [prefix, dir] = args[++i].split('=');
      mounts[prefix] = dir;
    }
    else if (args[i] === '--header') {
      const [k, ...v] = args[++i].split(':');
      headers[k.trim()] = v.join(':').trim();
    } else root = args[i];
  }
  const { url } = await serve(root, { port, headers, mounts });
  console.log(`serving ${resolve(root)} at ${url}/ (Ctrl-C to stop)`);
}
