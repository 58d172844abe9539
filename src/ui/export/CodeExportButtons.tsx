// "Export as code": the current experiment as a self-contained PyTorch or Keras script.
import { kerasScript } from '../../state/export/python/kerasScript';
import { pytorchScript } from '../../state/export/python/torchScript';
import { useLab } from '../../state/store';
import { download } from './exportRuns';

const TARGETS = [
  { id: 'pytorch', label: 'PyTorch', file: 'layer_lab_pytorch.py', make: pytorchScript },
  { id: 'keras', label: 'Keras', file: 'layer_lab_keras.py', make: kerasScript },
] as const;

export function CodeExportButtons() {
  const config = useLab((s) => s.config);
  return (
    <span className="code-export" role="group" aria-label="Export as code">
      <span className="caption-note">Export as code:</span>
      {TARGETS.map((t) => (
        <button
          key={t.id}
          type="button"
          data-action={`export-${t.id}`}
          title={`A ${t.label} script that rebuilds this experiment`}
          onClick={() => {
            // The script downloads the same IDX files from wherever this page is hosted.
            const text = t.make(config, { dataUrl: new URL('data/', document.baseURI).href, link: location.href });
            download(t.file, new Blob([text], { type: 'text/x-python' }));
          }}
        >
          {t.label}
        </button>
      ))}
    </span>
  );
}
