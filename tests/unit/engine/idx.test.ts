import { describe, expect, it } from 'vitest';
import { fillBatch, PIXEL_MEAN, PIXEL_STD, splitFromIdx } from '../../../src/engine/dataset';
import { decodeIdx } from '../../../src/engine/idx';
import { readRaw } from './mnistFixture';

describe('IDX decoding on the real MNIST files', () => {
  it('reads 60,000 training labels starting 5, 0, 4, 1, 9', () => {
    const labels = decodeIdx(readRaw('train-labels-idx1-ubyte'));
    expect(labels.dims).toEqual([60000]);
    expect(Array.from(labels.data.subarray(0, 5))).toEqual([5, 0, 4, 1, 9]);
  });

  it('reads 10,000 test images of 28×28 and matches them with labels', () => {
    const test = splitFromIdx(readRaw('t10k-images-idx3-ubyte'), readRaw('t10k-labels-idx1-ubyte'), 'test');
    expect(test.count).toBe(10000);
    expect(test.images.length).toBe(10000 * 784);
    // The first test digit is a 7; its top-left corner is background.
    expect(test.labels[0]).toBe(7);
    expect(test.images[0]).toBe(0);
    expect(Math.max(...test.images.subarray(0, 784))).toBe(255);
  });

  it('rejects a wrong magic number and a truncated file, naming the file', () => {
    const raw = readRaw('t10k-labels-idx1-ubyte').slice();
    raw[3] = 0x07;
    expect(() => decodeIdx(raw, 'test-labels')).toThrow(/test-labels: bad IDX magic/);
    expect(() => decodeIdx(readRaw('t10k-labels-idx1-ubyte').subarray(0, 100), 'test-labels')).toThrow(
      /test-labels: expected 10000 data bytes/,
    );
  });

  it('rejects images and labels that disagree in count', () => {
    const labels = readRaw('t10k-labels-idx1-ubyte');
    expect(() => splitFromIdx(readRaw('train-images-idx3-ubyte'), labels, 'mixed')).toThrow(/60000 images but 10000 labels/);
  });

  it('fills a batch with standardised pixels and one-hot labels', () => {
    const train = splitFromIdx(readRaw('train-images-idx3-ubyte'), readRaw('train-labels-idx1-ubyte'), 'train');
    const x = new Float32Array(2 * 784);
    const y = new Float32Array(2 * 10);
    fillBatch(train, [1, 0], 0, 2, x, y);
    expect(Array.from(y.subarray(0, 10))).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 0, 0]); // image 1 is a 0
    expect(Array.from(y.subarray(10, 20))).toEqual([0, 0, 0, 0, 0, 1, 0, 0, 0, 0]); // image 0 is a 5
    expect(x[0]).toBeCloseTo(-PIXEL_MEAN / PIXEL_STD, 5);
    const p = 784 + 14 * 28 + 14;
    expect(x[p]).toBeCloseTo((train.images[14 * 28 + 14] / 255 - PIXEL_MEAN) / PIXEL_STD, 5);
  });
});
