// The box a chart draws into. Its height is a CSS variable, so a layout (lecturer mode) can let charts grow
// to fill the screen while the normal page keeps fixed heights; the chart inside measures the box itself
// (live/useSize.ts) and draws at that size.
import type { CSSProperties, ReactNode } from 'react';

export function ChartBox({ height, children }: { height: number; children: ReactNode }) {
  return (
    <div className="chart-box" style={{ '--chart-h': `${height}px` } as CSSProperties}>
      {children}
    </div>
  );
}
