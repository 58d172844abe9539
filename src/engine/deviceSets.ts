// The evaluation images on the device, uploaded once per dataset and shared by every run, and only when first
// used: building a run costs no upload, so a new run (a setting change, Reset) shows at once and step 1 comes
// before any evaluation set is copied. Every set is a prefix of its split (a run trains on the first
// `trainSize` images, see trainingRange), so a run whose sets are smaller evaluates on the first `n` rows.
import type { TF } from '../catalog/types';
import { QUICK_EVAL_SIZE } from '../wire/protocol';
import { disposeSplit, numAvailable, uploadSplit, whenAvailable, type Dataset, type DeviceSplit, type EvalSplit, type Split } from './dataset';
import type { SplitName } from './arrival';

/** The first `size` images of a split, copied to the device at the first `get()` and kept until dispose. */
export class LazyPrefix {
  private split: DeviceSplit | null = null;

  constructor(
    private readonly tf: TF,
    private readonly data: Dataset,
    private readonly name: SplitName,
    readonly size: number,
  ) {}

  /** Every image of the prefix has arrived (always, unless the split is still streaming in). */
  get present(): boolean {
    return numAvailable(this.data, this.name) >= this.size;
  }

  /** Resolves once every image of the prefix has arrived. */
  whenPresent(): Promise<void> {
    return whenAvailable(this.data, this.name, this.size);
  }

  /** x [size, 784], y [size, 10]; the caller must have waited for `whenPresent` (the bytes would be zeros). */
  get(): DeviceSplit {
    if (!this.present) throw new Error(`${this.name} images 0..${this.size} have not all arrived`);
    this.split ??= uploadSplit(this.tf, this.source, 0, this.size);
    return this.split;
  }

  get uploaded(): boolean {
    return this.split !== null;
  }

  /** Tensors held on the device (x and y per piece; 0 until uploaded). */
  get numTensors(): number {
    return (this.split?.pieces.length ?? 0) * 2;
  }

  dispose(): void {
    if (this.split) disposeSplit(this.tf, this.split);
    this.split = null;
  }

  private get source(): Split {
    return this.data[this.name];
  }
}

/** The first `n` images of a shared set. */
export interface Prefix {
  set: LazyPrefix;
  n: number;
}

/** Waits for a prefix's images, uploads its set if it is the first use, and names the rows to use. */
export async function onDevice(p: Prefix): Promise<EvalSplit> {
  await p.set.whenPresent();
  return { ...p.set.get(), n: p.n };
}

/** The four evaluation sets: quick and full, of the test images and of the first training images. */
export class DeviceSets {
  /** The first QUICK_EVAL_SIZE test images (part of the first slice of the download). */
  readonly testQuick: LazyPrefix;
  /** All test images (the rest may still be streaming in). */
  readonly testFull: LazyPrefix;
  /** The first QUICK_EVAL_SIZE training images. */
  readonly trainQuick: LazyPrefix;
  /** As many of the first training images as there are test images: the largest full set a run uses. */
  readonly trainFull: LazyPrefix;

  constructor(tf: TF, data: Dataset) {
    const numTest = data.test.count;
    this.testQuick = new LazyPrefix(tf, data, 'test', Math.min(QUICK_EVAL_SIZE, numTest));
    this.testFull = new LazyPrefix(tf, data, 'test', numTest);
    this.trainQuick = new LazyPrefix(tf, data, 'train', Math.min(QUICK_EVAL_SIZE, data.train.count));
    this.trainFull = new LazyPrefix(tf, data, 'train', Math.min(numTest, data.train.count));
  }

  /** The first `n` training images: from the quick set when it holds them, else from the full one. */
  trainPrefix(n: number): Prefix {
    return { set: n <= this.trainQuick.size ? this.trainQuick : this.trainFull, n };
  }

  /**
   * All test images when they have arrived, else the quick subset (views that need no exact set — the unit
   * inspector's top images, the network view's batch — work on what is there).
   */
  get testNow(): DeviceSplit {
    return this.testFull.present ? this.testFull.get() : this.testQuick.get();
  }

  /** Tensors the sets hold on the device now (x and y of each piece of each set uploaded so far). */
  get numTensors(): number {
    return [this.testQuick, this.testFull, this.trainQuick, this.trainFull].reduce((sum, s) => sum + s.numTensors, 0);
  }

  dispose(): void {
    [this.testQuick, this.testFull, this.trainQuick, this.trainFull].forEach((s) => s.dispose());
  }
}
