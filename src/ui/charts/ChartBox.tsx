// The box a chart draws into. Its height is a CSS variable rather than a prop of ResponsiveContainer, so a
// layout (lecturer mode) can let charts grow to fill the screen while the normal page keeps fixed heights.
import type { CSSProperties, ReactElement } from 'react';
import { ResponsiveContainer } from 'recharts';

export function ChartBox({ height, children }: { height: number; children: ReactElement }) {
  return (
    <div className="chart-box" style={{ '--chart-h': `${height}px` } as CSSProperties}>
      <ResponsiveContainer width="100%" height="100%" minHeight={60}>
        {children}
      </ResponsiveContainer>
    </div>
  );
}
