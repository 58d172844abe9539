// docs/LECTURES.md is generated from the presets: it must equal the generated text. `npm run lectures`
// (LECTURES_WRITE=1) rewrites it instead of comparing.
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lectureMap, lectureMapMarkdown } from '../../../src/state/lectureMap';
import { LECTURES } from '../../../src/state/lectures';
import { PRESETS } from '../../../src/state/presets';
import { decodeQuery, presetBase } from '../../../src/state/urlCodec';

const DOC = new URL('../../../docs/LECTURES.md', import.meta.url);

describe('lecture map', () => {
  it('docs/LECTURES.md equals the text generated from the presets', () => {
    const text = lectureMapMarkdown();
    if (process.env.LECTURES_WRITE === '1') writeFileSync(DOC, text);
    expect(readFileSync(DOC, 'utf8')).toBe(text);
  });

  it('lists every preset that names a topic, under a known lecture, and covers all five lectures', () => {
    const map = lectureMap();
    expect(map.map((l) => l.id)).toEqual(LECTURES.map((l) => l.id));
    const linked = new Set(map.flatMap((l) => l.topics.flatMap((t) => t.links.map((x) => x.preset))));
    for (const p of PRESETS) if (p.teaches?.length) expect(linked, p.id).toContain(p.id);
    expect(linked).toContain('loss-workbench');
    expect(linked).toContain('init-lab-tanh-large');
  });

  it('a new preset with a topic appears in the map without touching the map', () => {
    const extra = { id: 'x', group: 'g', label: 'X', watch: 'chart', config: { act: 'tanh' as const }, teaches: [{ lecture: 'tbmi26-deep' as const, topic: 'New topic' }] };
    const map = lectureMap([...PRESETS, extra]);
    const topic = map.find((l) => l.id === 'tbmi26-deep')!.topics.find((t) => t.topic === 'New topic')!;
    expect(topic.links[0]).toMatchObject({ preset: 'x', href: '?preset=x', mode: 'train', cards: ['activations/tanh'] });
  });
});

describe('lecture map links', () => {
  it('every href decodes to its preset with no rejected key', () => {
    for (const lec of lectureMap()) {
      for (const t of lec.topics) {
        for (const l of t.links) {
          const d = decodeQuery(l.href.slice(1));
          expect(d.rejected, l.href).toEqual([]);
          expect(d.preset).toBe(l.preset);
          expect(d.config).toEqual(presetBase(l.preset));
          expect(d.config.mode).toBe(l.mode);
        }
      }
    }
  });
});
