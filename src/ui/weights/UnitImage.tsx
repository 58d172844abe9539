// One unit's incoming weights on a 28 × 28 canvas (scaled up by CSS, pixelated). The checksum on the element
// is computed from the same array the canvas is drawn from, so a test can compare what is shown.
import { memo, useEffect, useRef } from 'react';
import { SIDE, unitChecksum, unitPixels } from './weightImage';

interface Props {
  values: Float32Array;
  unit: number;
  maxAbs: number;
  label: string;
  frozen: boolean;
  /** Opens the unit inspector on this unit (a button, so it is keyboard-reachable). */
  onSelect?: (unit: number) => void;
}

export const UnitImage = memo(function UnitImage({ values, unit, maxAbs, label, frozen, onSelect }: Props) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const ctx = ref.current?.getContext('2d');
    if (ctx) ctx.putImageData(new ImageData(unitPixels(values, unit, maxAbs), SIDE, SIDE), 0, 0);
  }, [values, unit, maxAbs]);
  return (
    <li className={frozen ? 'unit-image frozen' : 'unit-image'} data-unit={unit} data-checksum={unitChecksum(values, unit)} data-frozen={frozen ? '1' : '0'}>
      {onSelect ? (
        <button type="button" className="unit-select" data-action="inspect-unit" aria-label={`Inspect ${label}`} onClick={() => onSelect(unit)}>
          <canvas ref={ref} width={SIDE} height={SIDE} role="img" aria-label={`${label}${frozen ? ', frozen' : ''}`} />
        </button>
      ) : (
        <canvas ref={ref} width={SIDE} height={SIDE} role="img" aria-label={`${label}${frozen ? ', frozen' : ''}`} />
      )}
      <span>{label}{frozen ? ' ❄' : ''}</span>
    </li>
  );
});
