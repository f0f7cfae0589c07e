/**
 * Start-up: pick the platform adapter, create the store and services, restore or offer unsaved
 * drafts, start keeping drafts and offline support (web build only), render the app, and fetch the
 * project checks start-up left out once the page is idle (drafts and files need them soon).
 */
// First, so the drafts' database opens while the rest of the app's code loads.
import './bridge/open-drafts-early';
import '@xyflow/react/dist/style.css';
import './styles/theme.css';
import './styles/layout.css';
import './styles/controls.css';
import './styles/canvas.css';
import './styles/panels.css';
// The stylesheets of panels whose code loads on demand (app/lazy-panels.tsx, the dock's other tabs) stay in the
// start-up stylesheet: a few of their rules style what is always on screen (the lesson step's ring, menus), and a
// stylesheet arriving later would move things that are already drawn.
import './features/about/about.css';
import './features/backprop/backprop.css';
import './features/classes/classes.css';
import './features/classic/classic.css';
import './features/lesson/lesson.css';
import './features/neurons/neurons.css';
import './features/weights/weights.css';
import './features/welcome/welcome.css';
import { ReactFlowProvider } from '@xyflow/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { ServicesContext } from './app/services-context';
import { createServices } from './app/services';
import { pickPlatform } from './bridge/index';
import { PanelBoundary } from './ui/panel-boundary/PanelBoundary';
import { startOfflineSupport } from './features/offline/register-offline';
import { loadProjectFormat } from './app/project-format';
import { preloadAfterStart } from './app/preload-after-start';

async function start(): Promise<void> {
  const services = createServices(pickPlatform());
  await services.drafts.start();
  void startOfflineSupport(services.store, services.platform);
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element to render the app into.');
  createRoot(root).render(
    <StrictMode>
      <ServicesContext.Provider value={services}>
        <ReactFlowProvider>
          {/* The last resort: a failure outside every panel's own boundary still leaves a way to save. */}
          <PanelBoundary id="app" name="MLP Studio">
            <App />
          </PanelBoundary>
        </ReactFlowProvider>
      </ServicesContext.Provider>
    </StrictMode>,
  );
  preloadAfterStart([loadProjectFormat]);
}

void start();
