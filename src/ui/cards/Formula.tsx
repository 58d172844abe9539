// A TeX formula rendered by KaTeX to static HTML (no fonts from other hosts: KaTeX's CSS is bundled).
import katex from 'katex';
import 'katex/dist/katex.min.css';
import { useMemo } from 'react';

export function Formula({ tex }: { tex: string }) {
  const html = useMemo(() => katex.renderToString(tex, { throwOnError: false, displayMode: true }), [tex]);
  // KaTeX escapes the TeX it renders; the TeX itself is registry data, not user input.
  return <div className="card-formula" data-formula dangerouslySetInnerHTML={{ __html: html }} />;
}
