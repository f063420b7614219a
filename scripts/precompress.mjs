// Writes FILE.br (brotli, quality 11) and FILE.gz (gzip -9) beside each page file of DIR that is newer than
// them, so that scripts/static-server.mjs (or any static host that serves precompressed files) sends the
// smallest form without compressing on each request. Run by the build after the page is linked.
// Usage: node scripts/precompress.mjs DIR
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node scripts/precompress.mjs DIR');
  process.exit(2);
}
const EXTENSIONS = new Set(['.html', '.js', '.wasm', '.data', '.css', '.txt']);
const fresh = (out, st) => fs.existsSync(out) && fs.statSync(out).mtimeMs >= st.mtimeMs;
for (const name of fs.readdirSync(dir)) {
  const file = path.join(dir, name);
  const st = fs.statSync(file);
  if (!st.isFile() || !EXTENSIONS.has(path.extname(name))) continue;
  const body = fs.readFileSync(file);
  if (!fresh(file + '.br', st)) {
    fs.writeFileSync(file + '.br', zlib.brotliCompressSync(body, { params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length } }));
  }
  if (!fresh(file + '.gz', st)) fs.writeFileSync(file + '.gz', zlib.gzipSync(body, { level: 9 }));
}
