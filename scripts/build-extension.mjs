// Assembles the unpacked extension (build/extension/) and its zip (build/lede-extension.zip)
// from web/extension and the package's loader and WASM build.
//   node scripts/build-extension.mjs [--test-host 127.0.0.1]
// --test-host adds a host permission for that host, standing in for the activeTab grant a
// toolbar click gives, which automated tests cannot click; the shipped build never has it.
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateRawSync } from 'node:zlib';

const root = fileURLToPath(new URL('../', import.meta.url));
const args = process.argv.slice(2);
const testHost = args.includes('--test-host') ? args[args.indexOf('--test-host') + 1] : null;
const out = join(root, testHost ? 'build/extension-test' : 'build/extension');

rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, 'lede'), { recursive: true });
mkdirSync(join(out, 'dist'), { recursive: true });
for (const f of readdirSync(join(root, 'web/extension'))) cpSync(join(root, 'web/extension', f), join(out, f));
for (const f of ['browser.js', 'analyzer.js']) cpSync(join(root, 'web/src', f), join(out, 'lede', f));
// Both builds: the loader picks the baseline where the engine lacks WASM SIMD (V8 on an x86
// CPU without SSE4.1, for one).
for (const f of ['lede-core.mjs', 'lede-core.wasm', 'lede-core-baseline.wasm']) cpSync(join(root, 'web/dist', f), join(out, 'dist', f));
if (testHost) {
  const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
  manifest.host_permissions = [`http://${testHost}/*`];
  writeFileSync(join(out, 'manifest.json'), JSON.stringify(manifest, null, 2));
}

// A zip of the folder (deflate; CRC-32 by table), enough for a browser store upload.
const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; ++k) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const files = [];
const walk = (dir) => {
  for (const f of readdirSync(dir).sort()) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) walk(p);
    else files.push(p);
  }
};
walk(out);
const parts = [];
const central = [];
let offset = 0;
for (const file of files) {
  const name = Buffer.from(relative(out, file));
  const data = readFileSync(file);
  const packed = deflateRawSync(data, { level: 9 });
  const crc = crc32(data);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt16LE(0, 6);
  local.writeUInt16LE(8, 8); local.writeUInt32LE(0, 10); local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(packed.length, 18); local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(name.length, 26); local.writeUInt16LE(0, 28);
  parts.push(local, name, packed);
  const entry = Buffer.alloc(46);
  entry.writeUInt32LE(0x02014b50, 0); entry.writeUInt16LE(20, 4); entry.writeUInt16LE(20, 6);
  entry.writeUInt16LE(0, 8); entry.writeUInt16LE(8, 10); entry.writeUInt32LE(0, 12);
  entry.writeUInt32LE(crc, 16); entry.writeUInt32LE(packed.length, 20); entry.writeUInt32LE(data.length, 24);
  entry.writeUInt16LE(name.length, 28); entry.writeUInt32LE(offset, 42);
  central.push(entry, name);
  offset += local.length + name.length + packed.length;
}
const centralSize = central.reduce((n, b) => n + b.length, 0);
const end = Buffer.alloc(22);
end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(files.length, 8); end.writeUInt16LE(files.length, 10);
end.writeUInt32LE(centralSize, 12); end.writeUInt32LE(offset, 16);
const zipPath = `${out}.zip`.replace(/extension(-test)?\.zip$/, 'lede-extension$1.zip');
writeFileSync(zipPath, Buffer.concat([...parts, ...central, end]));
console.log(`extension: ${relative(root, out)}/ and ${relative(root, zipPath)} (${files.length} files)`);
