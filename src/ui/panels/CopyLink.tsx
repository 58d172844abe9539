// Copies the link of the current experiment (config, preset and seed), so a student can open the same run.
import { useState } from 'react';
import { currentQuery } from '../../state/urlSync';

export function experimentUrl(): string {
  return `${location.origin}${location.pathname}?${currentQuery()}`;
}

/** The async clipboard needs a secure context and permission; the textarea route works everywhere else. */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const ta = document.createElement('textarea');
    ta.value = text;
    ta.setAttribute('readonly', '');
    ta.style.position = 'fixed';
    ta.style.opacity = '0';
    document.body.append(ta);
    ta.select();
    const ok = document.execCommand('copy');
    ta.remove();
    return ok;
  }
}

export function CopyLink() {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const [url, setUrl] = useState('');
  const copy = async () => {
    const link = experimentUrl();
    setUrl(link);
    setState((await copyText(link)) ? 'copied' : 'failed');
  };
  return (
    <span className="copy-link">
      <button type="button" onClick={() => void copy()} data-action="copy-link" data-copied-url={url || undefined}>
        Copy link
      </button>
      <span role="status" className="caption-note">
        {state === 'copied' ? 'Link copied' : state === 'failed' ? 'Copy failed — use the address bar' : ''}
      </span>
    </span>
  );
}
