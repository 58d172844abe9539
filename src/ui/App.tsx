// The page, laid out the way the data flows: settings on the left, the curves on the right,
// run controls and the key choices in one bar on top, the status along the bottom.
import { AccuracyChart } from './charts/AccuracyChart';
import { LossChart } from './charts/LossChart';
import { FieldControl } from './controls/FieldControl';
import { ConfigPanel } from './panels/ConfigPanel';
import { LoadingBar } from './panels/LoadingBar';
import { Notices } from './panels/Notices';
import { RunControls } from './panels/RunControls';
import { StatusBar } from './panels/StatusBar';
import { TOP_FIELDS } from './topFields';


export function App() {
  return (
    <div className="app">
      <header className="top-bar">
        <h1>Layer Lab</h1>
        <RunControls />
        <div className="top-fields">
          {TOP_FIELDS.map((n) => (
            <FieldControl key={n} name={n} compact />
          ))}
        </div>
      </header>
      <LoadingBar />
      <Notices />
      <main className="workspace">
        <ConfigPanel />
        <section className="panel curves" aria-label="Training curves">
          <LossChart />
          <AccuracyChart />
        </section>
      </main>
      <StatusBar />
    </div>
  );
}
