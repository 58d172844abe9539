// Messages between the page and the training Worker. Only plain numbers and typed arrays cross, never tensors.
import type { EngineConfig } from './config';
import type { InitLabData, InitLabResult } from './initLab';
import type { LayerStats } from './layerStats';
import type { TestPredictions } from './predictions';

export type { InitLabData, InitLabLayer, InitLabResult } from './initLab';
export type { LayerStats } from './layerStats';
export type { PredictedDigit, TestPredictions } from './predictions';

export type BackendChoice = 'auto' | 'webgl' | 'wasm' | 'cpu';

export type ToWorker =
  | { type: 'init'; backend: BackendChoice; baseUrl: string }
  /** Builds a fresh network for this config (a reset). */
  | { type: 'configure'; config: EngineConfig }
  | { type: 'train' }
  | { type: 'pause' }
  | { type: 'step'; count: number }
  | { type: 'reset' }
  /** Steps per second; 0 runs at full speed. */
  | { type: 'speed'; stepsPerSec: number }
  /** Per-layer statistics on or off (off lets their overhead be measured). */
  | { type: 'stats'; enabled: boolean }
  /** Builds a throwaway net for this config and pushes one batch through it (the initialization lab). */
  | { type: 'init-lab'; id: number; config: EngineConfig; data: InitLabData }
  /** Predictions of the current net: on the test set, or (with `image`, [784] in [0, 1]) on a drawn digit. */
  | { type: 'predict'; id: number; image?: Float32Array };

export interface LossPoint {
  /** The update this loss was measured on (1-based: the loss of the batch before update `step`). */
  step: number;
  loss: number;
  /** L1 + L2 penalty, when regularization is on. */
  penalty: number | null;
  lr: number;
}

export interface RunStatus {
  running: boolean;
  step: number;
  epoch: number;
  stepsPerEpoch: number;
  epochs: number;
  batch: number;
  numTensors: number;
  done: boolean;
}

export type FromWorker =
  | { type: 'progress'; loaded: number; total: number; file: string }
  | { type: 'ready'; backend: string; reason: string; numTrain: number; numTest: number }
  /** The engine cannot go on (data missing or corrupted, backend failure). */
  | { type: 'fatal'; message: string }
  | { type: 'status'; status: RunStatus }
  | { type: 'metrics'; points: LossPoint[]; examplesPerSec: number }
  | { type: 'eval'; step: number; epoch: number; testLoss: number; testAccuracy: number }
  | { type: 'diverged'; step: number }
  /** Every layer's statistics at one step (a few times per second while training). */
  | { type: 'stats'; step: number; layers: LayerStats[] }
  | { type: 'init-lab-result'; id: number; result: InitLabResult }
  | { type: 'predictions'; id: number; step: number; result: TestPredictions }
  | { type: 'image-probs'; id: number; probs: number[] }
  /** Early stopping ended the run at `epoch` and restored the weights of `bestEpoch` (best validation loss). */
  | { type: 'early-stop'; epoch: number; bestEpoch: number; bestValLoss: number }
  | { type: 'error'; message: string };
