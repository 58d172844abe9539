// Inline SVG icons for the lecturer top bar (no icon font: nothing is fetched from another host). A button
// keeps its word beside the icon (`IconLabel`): on the desk the word shows, in lecturer mode the icon does
// and the word stays as the accessible name (layout.css), so one bar row fits a 1024 px projector.
const PATHS = {
  play: 'M7 4v16l13-8z',
  pause: 'M6 4h4v16H6zM14 4h4v16h-4z',
  step: 'M5 4v16l10-8zM17 4h3v16h-3z',
  reset: 'M12 4a8 8 0 1 0 8 8h-2.5A5.5 5.5 0 1 1 12 6.5V10l5-5-5-5z',
  settings: 'M3 6h18v2.5H3zM3 11h18v2.5H3zM3 16h18v2.5H3z',
  present: 'M3 4h18v12H3zm2 2v8h14V6zM11 17h2v3h3v1H8v-1h3z',
} as const;

export type IconName = keyof typeof PATHS;

/** An icon and the word it stands for; only one of them shows, by mode (see layout.css). */
export function IconLabel({ icon, children }: { icon: IconName; children: string }) {
  return (
    <>
      <svg className="btn-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d={PATHS[icon]} fill="currentColor" fillRule="evenodd" />
      </svg>
      <span className="btn-text">{children}</span>
    </>
  );
}
