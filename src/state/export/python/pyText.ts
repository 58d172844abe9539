// Python source text shared by both generated scripts: literals, the settings block and the MNIST loader.
// The loader reads the very IDX files the app trains on (the app's data/ folder, checked against its
// manifest's SHA-256) and standardises pixels with the same mean and standard deviation.
import type { Config } from '../../schema';

/** A JS number as a Python literal (1e-8 and 0.001 are valid Python as written). */
export function pyNum(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`not a finite number: ${n}`);
  return String(n);
}

export const pyBool = (b: boolean) => (b ? 'True' : 'False');

/** A Python string literal (JSON's escapes are valid Python). */
export const pyStr = (s: string) => JSON.stringify(s);

/** Pixel statistics of MNIST's training images (scaled to [0, 1]), as in the app's engine/dataset.ts. */
export const PIXEL_MEAN = 0.1307;
export const PIXEL_STD = 0.3081;

export interface ScriptOptions {
  /** Absolute URL of the app's data/ folder (ends in '/'), where the IDX files and manifest.json live. */
  dataUrl: string;
  /** The experiment's shareable link, quoted in the header. */
  link?: string;
}

/** Every experiment setting as a named Python constant; the code below refers to these names. */
export function settingsBlock(cfg: Config): string {
  const rows: [string, string, string][] = [
    ['SEED', pyNum(cfg.seed), 'seeds the framework RNG (its random streams differ from the browser\'s)'],
    ['HIDDEN', `[${cfg.layers.map(pyNum).join(', ')}]`, 'hidden layer widths; 784 inputs, 10 logits'],
    ['ACTIVATION', pyStr(cfg.act), ''],
    ['MAXOUT_K', pyNum(cfg.maxoutK), 'pieces per unit (maxout only)'],
    ['INIT', pyStr(cfg.init), 'weight initializer'],
    ['INIT_VALUE', pyNum(cfg.initValue), 'the constant initializer\'s value'],
    ['BIAS_INIT', pyNum(cfg.biasInit), 'every bias starts here'],
    ['LOSS', pyStr(cfg.loss), 'on the logits, mean over the batch'],
    ['OPTIMIZER', pyStr(cfg.opt), ''],
    ['LR', pyNum(cfg.lr), 'α₀'],
    ['MOMENTUM', pyNum(cfg.momentum), ''],
    ['BETA1', pyNum(cfg.beta1), ''],
    ['BETA2', pyNum(cfg.beta2), 'also RMSProp\'s and AdaDelta\'s decay (rho)'],
    ['EPS', pyNum(cfg.eps), ''],
    ['SCHEDULE', pyStr(cfg.sched), 'learning-rate schedule, evaluated per update'],
    ['DECAY', pyNum(cfg.decay), 'step decay factor'],
    ['DECAY_EVERY', pyNum(cfg.decayEvery), 'epochs between step decays'],
    ['LR_END', pyNum(cfg.lrEnd), 'final rate as a fraction of LR (linear, cosine)'],
    ['TAU', pyNum(cfg.tau), 'decay length in epochs, 0 = the whole run'],
    ['BATCH', pyNum(cfg.batch), ''],
    ['EPOCHS', pyNum(cfg.epochs), ''],
    ['L1', pyNum(cfg.l1), 'L1 · Σ|W| over weight matrices (not biases) added to the loss'],
    ['L2', pyNum(cfg.l2), 'L2 · ΣW² (no ½)'],
    ['DROPOUT', pyNum(cfg.dropout), 'after each hidden activation, training only'],
    ['BATCH_NORM', pyBool(cfg.bn), 'before each hidden activation'],
    ['EARLY_STOP', pyNum(cfg.earlyStop), 'patience in epochs, 0 = off (validates on the last 10 % used)'],
    ['TRAIN_SIZE', pyNum(cfg.trainSize), 'the first N training images are used'],
  ];
  const width = Math.max(...rows.map(([n, v]) => n.length + v.length + 3));
  return rows
    .map(([name, value, note]) => {
      const line = `${name} = ${value}`;
      return note ? `${line.padEnd(width)}  # ${note}` : line;
    })
    .join('\n');
}

export function header(title: string, opts: ScriptOptions, install: string): string {
  return `"""${title}

Rebuilds a Layer Lab experiment${opts.link ? `:\n${opts.link}` : '.'}
Install and run:  ${install}
The MNIST files are downloaded once from the Layer Lab site into ./layer_lab_data/ (set LAYER_LAB_DATA to use
another folder) and checked against the site's SHA-256 manifest. Initial weights, batch order and dropout masks
come from this framework's seeded generator, so the numbers differ from the browser's run by chance, not design.
"""
`;
}

/** Python: fetch + verify + decode the four IDX files; returns standardised float32 arrays and integer labels. */
export function mnistLoader(opts: ScriptOptions): string {
  return `# ---- MNIST: the app's own IDX files, standardised as in the app ----
DATA_URL = ${pyStr(opts.dataUrl)}
DATA_DIR = os.environ.get("LAYER_LAB_DATA", "layer_lab_data")
PIXEL_MEAN, PIXEL_STD = ${pyNum(PIXEL_MEAN)}, ${pyNum(PIXEL_STD)}


def fetch(name):
    path = os.path.join(DATA_DIR, name)
    if not os.path.exists(path):
        os.makedirs(DATA_DIR, exist_ok=True)
        urllib.request.urlretrieve(DATA_URL + name, path + ".part")
        os.replace(path + ".part", path)
    return path


def read_idx(name, entry):
    """An IDX file (big-endian header: magic with the rank in its last byte, then one uint32 per dimension),
    stored whole or in shards that, inflated and joined in order, are the file."""
    raw = b""
    for part in entry.get("shards", [{"file": name}]):
        with gzip.open(fetch(part["file"]), "rb") as f:
            raw += f.read()
    if hashlib.sha256(raw).hexdigest() != entry["sha256"]:
        raise SystemExit(f"{name}: checksum mismatch; delete {DATA_DIR} and run again")
    rank = raw[3]
    dims = struct.unpack(">" + "I" * rank, raw[4 : 4 + 4 * rank])
    return np.frombuffer(raw, dtype=np.uint8, offset=4 + 4 * rank).reshape(dims)


def load_mnist():
    """x: [n, 784] float32, (pixel/255 - mean) / std; y: [n] int64 class labels."""
    with open(fetch("manifest.json")) as f:
        files = json.load(f)["files"]
    out = []
    for split in ("train", "test"):
        images = read_idx(f"{split}-images.idx.gz", files[f"{split}-images.idx.gz"])
        labels = read_idx(f"{split}-labels.idx.gz", files[f"{split}-labels.idx.gz"])
        x = (images.reshape(-1, 784).astype(np.float32) / 255 - PIXEL_MEAN) / PIXEL_STD
        out += [x, labels.astype(np.int64)]
    return out


def split_training(x, y):
    """The app's split: the first TRAIN_SIZE images; with early stopping the last 10 % of them validate."""
    used = min(TRAIN_SIZE, len(x))
    n_val = max(1, used // 10) if EARLY_STOP > 0 else 0
    return (x[: used - n_val], y[: used - n_val]), (x[used - n_val : used], y[used - n_val : used])
`;
}

/** Python: the schedule's plain-number constants, identical to catalog/schedules.ts (JS Math.round = floor(x+½)). */
export const SCHEDULE_CONSTANTS = `def schedule_constants(steps_per_epoch):
    """τ in updates, at least 1 (catalog/schedules.ts: tauSteps)."""
    return max(1, math.floor((TAU if TAU > 0 else EPOCHS) * steps_per_epoch + 0.5))
`;
