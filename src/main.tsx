import { StrictMode, Suspense, lazy } from 'react';
import { createRoot } from 'react-dom/client';
import { startApp } from './state/startApp';
import { ErrorBoundary } from './ui/ErrorBoundary';
import './ui/styles.css';

// The page's own code (charts, KaTeX, every panel) is a separate chunk, loaded while the training Worker
// starts: startApp creates the Worker first, so its code, the backend and the first slice of MNIST load in
// parallel with the page's instead of after it (navigation → first step).
const App = lazy(() => import('./ui/App').then((m) => ({ default: m.App })));

startApp();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ErrorBoundary what="the page">
      <Suspense fallback={<p className="page-loading" role="status">Loading Layer Lab…</p>}>
        <App />
      </Suspense>
    </ErrorBoundary>
  </StrictMode>,
);
