// The page, laid out the way the data flows (see shared STYLE.md): the run controls and key choices in one
// bar on top; settings on the left; the layers, input to output, in the middle with the diagnoses; the loss
// and accuracy curves on the right; details (cards, runs, predictions) below; the status along the bottom.
import { CatalogCards } from './cards/CatalogCards';
import { EarlyStopBanner } from './cards/EarlyStopBanner';
import { AccuracyChart } from './charts/AccuracyChart';
import { LayerPanel } from './charts/layers/LayerPanel';
import { LossChart } from './charts/LossChart';
import { LrChart } from './charts/LrChart';
import { ComparePanel } from './compare/ComparePanel';
import { FieldControl } from './controls/FieldControl';
import { LecturerBar } from './lecturer/LecturerBar';
import { LecturerMode } from './lecturer/LecturerMode';
import { LessonPanel } from './lessons/LessonPanel';
import { LessonPicker } from './lessons/LessonPicker';
import { ConfigPanel } from './panels/ConfigPanel';
import { CopyLink } from './panels/CopyLink';
import { Diagnoses } from './panels/Diagnoses';
import { TrainingView } from './panels/TrainingView';
import { LoadingBar } from './panels/LoadingBar';
import { Notices } from './panels/Notices';
import { PresetPicker } from './panels/PresetPicker';
import { RunControls } from './panels/RunControls';
import { StatusBar } from './panels/StatusBar';
import { PredictionsPanel } from './predictions/PredictionsPanel';
import { TOP_FIELDS } from './topFields';

export function App() {
  return (
    <div className="app">
      <header className="top-bar">
        <h1>Layer Lab</h1>
        <RunControls />
        <PresetPicker />
        <LessonPicker />
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
      <LessonPanel />
      <main className="workspace">
        <ConfigPanel />
        <TrainingView>
          <div className="center-column">
            <Diagnoses />
            <LayerPanel />
          </div>
          <section className="panel curves" aria-label="Training curves">
            <LossChart />
            <AccuracyChart />
            <LrChart />
            <EarlyStopBanner />
          </section>
        </TrainingView>
      </main>
      <section className="details" aria-label="Details">
        <CatalogCards />
        <ComparePanel />
        <PredictionsPanel />
      </section>
      <StatusBar />
    </div>
  );
}
