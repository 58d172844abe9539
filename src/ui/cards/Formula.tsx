// A TeX formula rendered by KaTeX to static HTML (no fonts from other hosts: KaTeX's CSS is bundled).
// Inline mode, in a block of its own: unlike display mode it can wrap long update rules at their operators.
import katex from 'katex';
import 'katex/dist/katex.min.css';
import { useMemo } from 'react';

export function Formula({ tex }: { tex: string }) {
  const html = useMemo(() => katex.renderToString(tex, { throwOnError: false }), [tex]);
  // KaTeX escapes the TeX it renders; the TeX itself is registry data, not user input.
  // Focusable: a formula wider than its card scrolls sideways, and a keyboard must be able to scroll it too.
  return <div className="card-formula" data-formula tabIndex={0} role="group" aria-label="Formula" dangerouslySetInnerHTML={{ __html: html }} />;
}
