// A minimal static file server for the built page (no dependencies): scripts/serve, the e2e tests and the
// load-time bench. Responses are compressed when the browser accepts it (brotli, else gzip): the page's
// wasm, font data and scripts shrink to a third. The build writes FILE.br and FILE.gz beside each page file
// (scripts/precompress.mjs, at the strongest settings); they are served when they are newer than FILE. Any
// other file is compressed on the fly (fast settings) once and kept in memory until it changes on disk.
// Usage: node static-server.mjs DIR PORT [--no-compression]   (PORT 0 picks a free port; the URL is printed)
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm', '.data': 'application/octet-stream', '.json': 'application/json',
  '.css': 'text/css', '.png': 'image/png', '.svg': 'image/svg+xml', '.ico': 'image/x-icon', '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};
const ALREADY_COMPRESSED = new Set(['.png', '.ico']);

// The encoding to use for an Accept-Encoding header: 'br', 'gzip' or null.
export function pickEncoding(accept) {
  const offered = new Map();
  for (const part of String(accept || '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    offered.set(name, q ? Number(q.slice(2)) : 1);
  }
  for (const enc of ['br', 'gzip']) if ((offered.get(enc) ?? offered.get('*') ?? 0) > 0) return enc;
  return null;
}

function compress(body, encoding) {
  if (encoding === 'br') {
    return zlib.brotliCompressSync(body, { params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: 5, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length } });
  }
  return zlib.gzipSync(body, { level: 6 });
}

// FILE.br / FILE.gz written by the build, when at least as new as FILE.
function precompressed(file, encoding, st) {
  const name = file + (encoding === 'br' ? '.br' : '.gz');
  try {
    return fs.statSync(name).mtimeMs >= st.mtimeMs ? name : null;
  } catch {
    return null;
  }
}

export function serve(dir, port = 0, host = '127.0.0.1', { compression = true } = {}) {
  const root = path.resolve(dir);
  const cache = new Map();  // file + encoding -> { key, body }
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    let file = path.join(root, decodeURIComponent(url.pathname));
    if (!file.startsWith(root)) { res.writeHead(403).end('forbidden'); return; }
    if (file.endsWith(path.sep) || fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    fs.stat(file, (statErr, st) => {
      if (statErr || !st.isFile()) { res.writeHead(404, { 'content-type': 'text/plain' }).end('not found'); return; }
      const ext = path.extname(file);
      const encoding = compression && !ALREADY_COMPRESSED.has(ext) ? pickEncoding(req.headers['accept-encoding']) : null;
      const headers = { 'content-type': TYPES[ext] || 'application/octet-stream', 'cache-control': 'no-cache', 'vary': 'accept-encoding' };
      const key = `${st.size}:${st.mtimeMs}`;
      const cached = cache.get(file + '|' + encoding);
      if (cached && cached.key === key) { send(res, headers, cached.body, encoding, req.method); return; }
      const ready = encoding && precompressed(file, encoding, st);
      fs.readFile(ready || file, (err, body) => {
        if (err) { res.writeHead(404, { 'content-type': 'text/plain' }).end('not found'); return; }
        const out = encoding && !ready ? compress(body, encoding) : body;
        cache.set(file + '|' + encoding, { key, body: out });
        send(res, headers, out, encoding, req.method);
      });
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve({ server, url: `http://${host}:${server.address().port}/` }));
  });
}

function send(res, headers, body, encoding, method) {
  if (encoding) headers['content-encoding'] = encoding;
  headers['content-length'] = body.length;
  res.writeHead(200, headers);
  res.end(method === 'HEAD' ? undefined : body);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2).filter((a) => a !== '--no-compression');
  const [dir, port] = [args[0] || '.', Number(args[1] || 8080)];
  serve(dir, port, '127.0.0.1', { compression: !process.argv.includes('--no-compression') })
    .then(({ url }) => console.log(`serving ${dir} at ${url}`)).catch(e => {
      console.error(`static-server: cannot listen on port ${port}: ${e.message}`);
      process.exit(1);
    });
}
