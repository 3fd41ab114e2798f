/** The page's first script (vite.config.ts puts it in index.html before the app): see early-dataset.ts. */
import { startEarlyDataset } from './early-dataset';

startEarlyDataset(window);
