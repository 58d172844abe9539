// A small live line chart: one precomputed `<path d>` per series, nice ticks, a plain-HTML legend. It exists
// because recharts re-laid out every grid line, tick, legend and tooltip in JS on each redraw, which made
// the page's longest main-thread task while training ~300 ms; this draws the same picture in one memo.
import { memo, useId, useMemo, useRef, useState, type PointerEvent } from 'react';
import { formatAxis } from '../../format';
import { useAxisWidth, useTickPx } from '../axis';
import { Readout, type ReadoutFormat } from './Readout';
import { countDrawable, dotCentres, linePath } from './path';
import { extentOf, makeScale, type AxisSpec } from './scale';
import type { LiveSeries, RefLine } from './types';
import { useSize } from './useSize';
import './live.css';

interface Props {
  readonly series: readonly LiveSeries[];
  readonly x: AxisSpec;
  readonly y: AxisSpec;
  readonly y2?: AxisSpec;
  readonly legend?: boolean;
  readonly refLines?: readonly RefLine[];
  readonly readout?: ReadoutFormat;
  /** Pixels above the plot, right of it (when there is no right axis) and below the x tick labels. */
  readonly margin?: { readonly top: number; readonly right: number; readonly bottom: number };
}

const MARGIN = { top: 8, right: 24, bottom: 4 } as const;

export const LiveChart = memo(function LiveChart({ series, x, y, y2, legend = false, refLines, readout, margin = MARGIN }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const size = useSize(box);
  const yw = useAxisWidth();
  const font = useTickPx();
  const clip = useId();
  const [hoverPx, setHoverPx] = useState<number | null>(null);

  const plot = useMemo(() => {
    if (!size || size.width <= 0 || size.height <= 0) return null;
    const left = yw;
    const right = size.width - (y2 ? yw : margin.right);
    // Room for half a tick label above the top tick, and for a whole x label (descenders too) below the plot.
    const top = Math.max(margin.top, Math.ceil(font * 0.6) + 1);
    const bottom = size.height - margin.bottom - Math.ceil(font * 1.25) - 4;
    if (right <= left || bottom <= top) return null;
    const ext = (s: readonly LiveSeries[], spec: AxisSpec) => extentOf(s.flatMap((v) => v.points.map((p) => p.y)), spec.log);
    const sx = makeScale(x, extentOf(series.flatMap((s) => s.points.map((p) => p.x)), x.log), left, right);
    const sy = makeScale(y, ext(series.filter((s) => !s.right), y), bottom, top);
    const sy2 = y2 ? makeScale(y2, ext(series.filter((s) => s.right), y2), bottom, top) : null;
    const lines = series.map((s) => {
      const ys = s.right && sy2 ? sy2 : sy;
      return {
        s,
        d: s.line === false ? '' : linePath(s.points, sx.px, ys.px, s.connect),
        dots: s.dots ? dotCentres(s.points, sx.px, ys.px) : [],
        count: countDrawable(s.points, ys.px),
      };
    });
    return { left, right, top, bottom, sx, sy, sy2, lines };
  }, [size, yw, font, x, y, y2, series, margin]);

  const onMove = (e: PointerEvent<HTMLDivElement>) => {
    const px = e.clientX - e.currentTarget.getBoundingClientRect().left;
    setHoverPx(plot && px >= plot.left && px <= plot.right ? px : null);
  };
  const fx = x.format ?? formatAxis;
  const fy = y.format ?? formatAxis;
  return (
    <div className="live-chart">
      <div className="live-plot" ref={box} onPointerMove={readout ? onMove : undefined} onPointerLeave={() => setHoverPx(null)}>
        {plot && (
          <svg className="live-chart-svg" width={size!.width} height={size!.height} aria-hidden="true" fontSize={font}>
            <defs>
              <clipPath id={clip}>
                <rect x={plot.left} y={plot.top - 4} width={plot.right - plot.left} height={plot.bottom - plot.top + 8} />
              </clipPath>
            </defs>
            <g stroke="#ddd" strokeDasharray="3 3">
              {plot.sy.ticks.map((t) => (
                <line key={`y${t}`} x1={plot.left} x2={plot.right} y1={plot.sy.px(t)!} y2={plot.sy.px(t)!} />
              ))}
              {plot.sx.ticks.map((t) => (
                <line key={`x${t}`} x1={plot.sx.px(t)!} x2={plot.sx.px(t)!} y1={plot.top} y2={plot.bottom} />
              ))}
            </g>
            <g className="live-tick" fill="#666">
              {plot.sy.ticks.map((t) => (
                <text key={t} x={plot.left - 4} y={plot.sy.px(t)!} textAnchor="end" dominantBaseline="middle">
                  {fy(t)}
                </text>
              ))}
              {plot.sy2?.ticks.map((t) => (
                <text key={`r${t}`} x={plot.right + 4} y={plot.sy2!.px(t)!} dominantBaseline="middle">
                  {(y2?.format ?? formatAxis)(t)}
                </text>
              ))}
              {plot.sx.ticks.map((t) => {
                const label = fx(t);
                const px = plot.sx.px(t)!;
                // A label that would run past the right edge ends at its tick instead (~0.6 em a character).
                const end = px + label.length * 0.3 * font > size!.width;
                return (
                  <text key={t} x={px} y={plot.bottom + 3 + font} textAnchor={end ? 'end' : 'middle'}>
                    {label}
                  </text>
                );
              })}
            </g>
            <path d={`M${plot.left} ${plot.top}V${plot.bottom}H${plot.right}${y2 ? `V${plot.top}` : ''}`} fill="none" stroke="#999" />
            <g clipPath={`url(#${clip})`}>
              {plot.lines.map(({ s, d, dots, count }) => (
                <g key={s.id ?? s.name} data-series={s.name} data-points={count}>
                  {d && (
                    <path className="live-line" d={d} fill="none" stroke={s.color} strokeWidth={s.width ?? 2} strokeDasharray={s.dash} strokeLinejoin="round" />
                  )}
                  {dots.map((c) => {
                    const op = s.alphas?.[c.i];
                    return s.square ? (
                      <rect key={c.i} className="live-dot" x={c.x - s.dots!} y={c.y - s.dots!} width={2 * s.dots!} height={2 * s.dots!} fill={s.color} fillOpacity={op} />
                    ) : (
                      <circle key={c.i} className="live-dot" cx={c.x} cy={c.y} r={s.dots} fill={s.color} fillOpacity={op} />
                    );
                  })}
                </g>
              ))}
            </g>
            {refLines?.map((l, i) => {
              const px = l.x === undefined ? null : plot.sx.px(l.x);
              const py = l.y === undefined ? null : plot.sy.px(l.y);
              if (px === null && py === null) return null;
              return (
                <g key={i} data-ref-line={l.label ?? ''}>
                  {px !== null ? (
                    <line x1={px} x2={px} y1={plot.top} y2={plot.bottom} stroke={l.color} strokeDasharray={l.dash} />
                  ) : (
                    <line x1={plot.left} x2={plot.right} y1={py!} y2={py!} stroke={l.color} strokeDasharray={l.dash} />
                  )}
                  {l.label && px !== null && (
                    <text x={px + 3} y={plot.top + font} fill={l.color}>
                      {l.label}
                    </text>
                  )}
                </g>
              );
            })}
            {hoverPx !== null && <line x1={hoverPx} x2={hoverPx} y1={plot.top} y2={plot.bottom} stroke="#888" />}
          </svg>
        )}
        {plot && readout && hoverPx !== null && (
          <Readout px={hoverPx} width={size!.width} at={plot.sx.value(hoverPx)} series={series} format={readout} />
        )}
      </div>
      {legend && (
        <ul className="live-legend" aria-label="Legend">
          {series.map((s) => (
            <li key={s.id ?? s.name} className="legend-item" data-color={s.color}>
              <span
                className={s.line === false ? 'legend-dot' : 'legend-swatch'}
                style={{ background: s.color, opacity: s.dash ? 0.7 : 1 }}
                aria-hidden="true"
              />
              {s.name}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
});
