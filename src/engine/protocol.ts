// Messages between the page and the training Worker. Only plain numbers and typed arrays cross, never tensors.
import type { EngineConfig } from './config';

export type BackendChoice = 'auto' | 'webgl' | 'cpu';

export type ToWorker =
  | { type: 'init'; backend: BackendChoice; baseUrl: string }
  /** Builds a fresh network for this config (a reset). */
  | { type: 'configure'; config: EngineConfig }
  | { type: 'train' }
  | { type: 'pause' }
  | { type: 'step'; count: number }
  | { type: 'reset' }
  /** Steps per second; 0 runs at full speed. */
  | { type: 'speed'; stepsPerSec: number };

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
  | { type: 'error'; message: string };
