// The net's predictions, asked of the engine on demand: the test-set summary (grid, mistakes, confusion
// matrix) and the probabilities of the learner's drawing. At most one request of each kind is in flight; a
// request made meanwhile is sent when the answer arrives, so a fast-drawing learner never queues a backlog.
import { create } from 'zustand';
import type { FromWorker, TestPredictions } from '../engine/protocol';
import { sendToEngine } from './store';

interface PredictionsState {
  test: { step: number; result: TestPredictions } | null;
  probs: number[] | null;
  receive: (msg: FromWorker) => void;
  requestTest: () => void;
  requestProbs: (image: Float32Array) => void;
  clear: () => void;
}

let nextId = 1;
const inflight = { test: 0, image: 0 };
const queued: { test: boolean; image: Float32Array | null } = { test: false, image: null };

function sendTest(): void {
  inflight.test = nextId++;
  sendToEngine({ type: 'predict', id: inflight.test });
}

function sendImage(image: Float32Array): void {
  inflight.image = nextId++;
  sendToEngine({ type: 'predict', id: inflight.image, image });
}

export const usePredictions = create<PredictionsState>()((set) => ({
  test: null,
  probs: null,

  receive: (msg) => {
    if (msg.type === 'ready') {
      // A new worker forgets what was asked of the old one.
      inflight.test = inflight.image = 0;
      return;
    }
    if (msg.type === 'predictions' && msg.id === inflight.test) {
      inflight.test = 0;
      set({ test: { step: msg.step, result: msg.result } });
      if (queued.test) {
        queued.test = false;
        sendTest();
      }
    } else if (msg.type === 'image-probs' && msg.id === inflight.image) {
      inflight.image = 0;
      set({ probs: msg.probs.length ? msg.probs : null });
      const next = queued.image;
      queued.image = null;
      if (next) sendImage(next);
    }
  },

  requestTest: () => {
    if (inflight.test) queued.test = true;
    else sendTest();
  },

  requestProbs: (image) => {
    if (inflight.image) queued.image = image;
    else sendImage(image);
  },

  clear: () => set({ probs: null }),
}));
