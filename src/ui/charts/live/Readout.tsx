// The hover readout: each series' point nearest the pointer. Mounted only while the pointer is over the plot,
// so a chart nobody points at pays nothing for it.
import { nearestIndex } from './path';
import type { LiveSeries } from './types';

export interface ReadoutFormat {
  /** The x value's label ("step 120", "α 0.01"). */
  readonly x: (v: number) => string;
  readonly y: (v: number) => string;
}

interface Props {
  readonly px: number;
  readonly width: number;
  /** The x value under the pointer. */
  readonly at: number;
  readonly series: readonly LiveSeries[];
  readonly format: ReadoutFormat;
}

export function Readout({ px, width, at, series, format }: Props) {
  const rows = series.flatMap((s) => {
    const i = nearestIndex(s.points, at);
    const p = i < 0 ? null : s.points[i];
    return p && p.y !== null && Number.isFinite(p.y) ? [{ key: s.id ?? s.name, name: s.name, color: s.color, p }] : [];
  });
  if (rows.length === 0) return null;
  // Beside the pointer, on whichever side has room.
  const side = px < width / 2 ? { left: px + 10 } : { right: width - px + 10 };
  return (
    <div className="live-readout" style={side} data-readout>
      <div>{format.x(rows[0].p.x)}</div>
      {rows.map((r) => (
        <div key={r.key} style={{ color: r.color }}>
          {r.name}: {format.y(r.p.y!)}
        </div>
      ))}
    </div>
  );
}
