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
import { ComparePanel } from './compare/ComparePanel';
import { LecturerBar } from './lecturer/LecturerBar';
import { LecturerMode } from './lecturer/LecturerMode';
import { CopyLink } from './panels/CopyLink';
import { PresetPicker } from './panels/PresetPicker';
import { PredictionsPanel } from './predictions/PredictionsPanel';
import { LayerPanel } from './charts/layers/LayerPanel';
import { Diagnoses } from './panels/Diagnoses';
import { TrainingView } from './panels/InitLab';
import { CatalogCards } from './cards/CatalogCards';
import { EarlyStopBanner } from './cards/EarlyStopBanner';
import { LrChart } from './charts/LrChart';


export function App() {
  return (
    <div className="app">
      <header className="top-bar">
        <h1>Layer Lab</h1>
        <RunControls />
        <PresetPicker />
        <div className="top-fields">
          {TOP_FIELDS.map((n) => (
            <FieldControl key={n} name={n} compact />
          ))}
        </div>
        <LecturerBar />
        <CopyLink />
      </header>
      <LecturerMode />
      <LoadingBar />
      <Notices />
      <main className="workspace">
        <ConfigPanel />
        <TrainingView>
        <section className="panel curves" aria-label="Training curves">
          <LossChart />
          <AccuracyChart />
          <LrChart />
          <EarlyStopBanner />
          <ComparePanel />
          <PredictionsPanel />
        </section>
        <Diagnoses />
        <LayerPanel />
        <CatalogCards />
        </TrainingView>
      </main>
      <StatusBar />
    </div>
  );
}
