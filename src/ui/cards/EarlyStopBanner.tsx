// Says when early stopping ended the run and whose weights the net now has.
import { selectEarlyStop, useEarlyStop } from '../../state/earlyStopStore';
import './cards.css';

const fmtEpoch = (e: number) => (Number.isInteger(e) ? String(e) : e.toFixed(2));

export function EarlyStopBanner() {
  const info = useEarlyStop(selectEarlyStop);
  if (!info) return null;
  return (
    <p className="early-stop-banner" role="status" data-early-stop data-best-epoch={info.bestEpoch}>
      Early stop at epoch {fmtEpoch(info.epoch)}, restored best weights from epoch {fmtEpoch(info.bestEpoch)} (validation
      loss {info.bestValLoss.toFixed(4)}).
    </p>
  );
}
