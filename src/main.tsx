import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startApp } from './state/startApp';
import { App } from './ui/App';
import { ErrorBoundary } from './ui/ErrorBoundary';
import './ui/styles.css';

startApp();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ErrorBoundary what="the page">
      <App />
    </ErrorBoundary>
  </StrictMode>,
);
