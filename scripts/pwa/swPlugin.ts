// Emits sw.js at the root of the build: the hand-written worker (scripts/pwa/sw.js) with the list of files
// to precache and a version hashed from their contents (the data manifest's SHA-256s included).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const SW_SOURCE = fileURLToPath(new URL('./sw.js', import.meta.url));

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

export function serviceWorker(): Plugin {
  let publicDir = '';
  return {
    name: 'layer-lab-service-worker',
    apply: 'build',
    // After every other plugin has emitted its files (index.html, the wasm binaries).
    enforce: 'post',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    generateBundle(_options, bundle) {
      const source = readFileSync(SW_SOURCE, 'utf8');
      // The worker's own code counts too: a fix to its logic gets a fresh cache.
      const hash = createHash('sha256').update(source);
      const files: string[] = [];
      const add = (name: string, content: string | Uint8Array) => {
        files.push(name);
        hash.update(name).update(content);
      };
      for (const [name, item] of Object.entries(bundle)) {
        // KaTeX's CSS lists woff2 first; every browser with service workers takes it, never the woff/ttf.
        if (/\.(map|woff|ttf)$/.test(name)) continue;
        add(name, item.type === 'chunk' ? item.code : item.source);
      }
      // Public files are copied as they are: the data files are hashed through their manifest, the rest whole.
      for (const path of walk(publicDir)) {
        const name = relative(publicDir, path).split(sep).join('/');
        add(name, name.startsWith('data/') && name !== 'data/manifest.json' ? '' : readFileSync(path));
      }
      files.sort();
      const version = hash.digest('hex').slice(0, 16);
      // './' is the app shell every navigation gets (index.html under the directory's own URL).
      const precache = { version, files: ['./', ...files.filter((f) => f !== 'index.html')] };
      this.emitFile({
        type: 'asset',
        fileName: 'sw.js',
        source: `const PRECACHE = ${JSON.stringify(precache)};\n${source}`,
      });
    },
  };
}
