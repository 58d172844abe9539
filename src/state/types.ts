// What the page knows of the engine's data, for ui/ (which imports state/ and catalog/ only).
export type {
  EarlyStopInfo,
  EvalPoint,
  InitLabData,
  InitLabLayer,
  InitLabResult,
  LandscapeResult,
  LayerStats,
  LossPoint,
  OptPath,
  PathsSpec,
  PredictedDigit,
  RunStatus,
  TestPredictions,
  NetworkView,
  UnitHeavy,
  UnitInspection,
  UnitLight,
  WeightImages,
} from '../wire/protocol';
export { IMAGE_SIZE, LR_FINDER, LOGIT_HIST_RANGE, NUM_BINS, NUM_CLASSES, NUM_TOP_IMAGES, QUICK_EVAL_SIZE } from '../wire/protocol';
